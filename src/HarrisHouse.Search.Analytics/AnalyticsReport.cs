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
    /// <summary>Searches typed in Spanish (the site's second language), of <see cref="Searches"/>.</summary>
    public int SpanishSearches { get; init; }

    public const int MaxDays = 366;
    public const int DefaultDays = 30;
    public const int MaxQueries = 20;

    /// <summary>
    /// The period asked for, as the admin API and the staff command read it: a whole number of days, 1 to 366,
    /// default 30; or why not, naming the parameter as the caller calls it.
    /// </summary>
    public static (int Days, string? Error) ReadDays(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DefaultDays, null);
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxDays
            ? (days, null)
            : (DefaultDays, $"{name} must be a whole number from 1 to {MaxDays}; it was '{(text.Length <= 40 ? text : text[..40] + "...")}'.");
    }
}

public sealed record DailyFigures(DateOnly Date, int Searches, int ZeroResultSearches);

public sealed record QueryFigures(string Query, int Searches, int Clicks, int ZeroResults);

public sealed record QuerySearches(string Query, int Searches);

public sealed record PositionClicks(int Position, int Clicks);
