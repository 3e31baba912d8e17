using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Sources;

/// <summary>How the live site is read (section <c>Search:Sources</c>): the type mapping and how politely to fetch.</summary>
public sealed record WebSourceSettings
{
    public const string Section = "Search:Sources";

    /// <summary>
    /// The type of a page by the start of its path; the longest matching prefix wins and anything else is a
    /// plain page. WordPress posts are always blog posts; saved pages under /blog/ are too.
    /// </summary>
    public IReadOnlyDictionary<string, ContentType> TypeByPathPrefix { get; init; } = new Dictionary<string, ContentType>(StringComparer.OrdinalIgnoreCase)
    {
        ["/blog/"] = ContentType.Blog,
        ["/treatments/"] = ContentType.Treatment,
        ["/addictions/"] = ContentType.Addiction,
    };

    /// <summary>Categories that say nothing about an item and are never indexed (WordPress's default one).</summary>
    public IReadOnlyList<string> IgnoredCategories { get; init; } = ["Uncategorized"];

    /// <summary>Requests in flight at once against the site.</summary>
    public int MaxRequestsInFlight { get; init; } = 4;

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a 429, a 5xx, a timeout or a dropped connection, with exponential backoff (or the server's Retry-After).</summary>
    public int Retries { get; init; } = 4;

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public string UserAgent { get; init; } = "HarrisHouse.Search/1.0 (site search indexer)";

    public ContentType TypeOf(string path)
    {
        var match = TypeByPathPrefix
            .Where(rule => path.StartsWith(rule.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(rule => rule.Key.Length)
            .Select(rule => (ContentType?)rule.Value)
            .FirstOrDefault();
        return match ?? ContentType.Page;
    }
}
