namespace HarrisHouse.Search.Analytics;

/// <summary>What staff see of a period: totals, each day, and the queries searched often enough to show.</summary>
public sealed record AnalyticsReport(
    DateOnly From,
    DateOnly To,
    int Searches,
    int ZeroResultSearches,
    int CrisisNotices,
    int Clicks,
    IReadOnlyList<DailyFigures> Daily,
    IReadOnlyList<QueryFigures> TopQueries,
    IReadOnlyList<QuerySearches> ZeroResultQueries,
    IReadOnlyList<QuerySearches> NoClickQueries,
    IReadOnlyList<PositionClicks> ClicksByPosition)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
    public const int MaxQueries = 20;
}

public sealed record DailyFigures(DateOnly Date, int Searches, int ZeroResultSearches);

public sealed record QueryFigures(string Query, int Searches, int Clicks, int ZeroResults);

public sealed record QuerySearches(string Query, int Searches);

public sealed record PositionClicks(int Position, int Clicks);
