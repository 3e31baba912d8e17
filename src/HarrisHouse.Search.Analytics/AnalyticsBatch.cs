namespace HarrisHouse.Search.Analytics;

/// <summary>Counts gathered in memory since the last write: per day, per stored query, per click position.</summary>
public sealed class AnalyticsBatch
{
    public Dictionary<DateOnly, DayCounts> Days { get; } = [];
    public Dictionary<(DateOnly Day, string Query), QueryCounts> Queries { get; } = [];
    public Dictionary<(DateOnly Day, int Position), int> Positions { get; } = [];

    public bool IsEmpty => Days.Count == 0;

    internal DayCounts Day(DateOnly day) => Days.TryGetValue(day, out var counts) ? counts : Days[day] = new DayCounts();

    internal QueryCounts Query(DateOnly day, string query) =>
        Queries.TryGetValue((day, query), out var counts) ? counts : Queries[(day, query)] = new QueryCounts();
}

public sealed class DayCounts
{
    public int Searches { get; set; }
    public int ZeroResults { get; set; }
    public int CrisisNotices { get; set; }
    public int Clicks { get; set; }

    /// <summary>Searches typed in Spanish: how many visitors the site's English pages leave to synonyms.</summary>
    public int SpanishSearches { get; set; }
}

public sealed class QueryCounts
{
    public int Searches { get; set; }
    public int ZeroResults { get; set; }
    public int Clicks { get; set; }
}
