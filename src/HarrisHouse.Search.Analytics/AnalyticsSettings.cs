namespace HarrisHouse.Search.Analytics;

/// <summary>Private search analytics (section <c>Analytics</c>): aggregate counts per day, never who searched.</summary>
public sealed class AnalyticsSettings
{
    public const string Section = "Analytics";

    public bool Enabled { get; set; } = true;

    /// <summary>The SQLite file, relative to the current directory like every index-data path.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("index-data", "analytics", "analytics.db");

    /// <summary>A query is shown in a report only once searched at least this often in the period: a rare query can identify a person.</summary>
    public int MinCount { get; set; } = 3;

    /// <summary>Days kept; older rows are deleted.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often the counts gathered in memory are written.</summary>
    public int FlushSeconds { get; set; } = 5;

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
