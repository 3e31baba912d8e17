namespace HarrisHouse.Search.Content;

/// <summary>
/// The fields of one item exactly as a source read them, before validation. Every source (Markdown files,
/// the admin API, WordPress) fills this in and hands it to <see cref="ContentValidator"/>, so that all of
/// them accept and reject the same things.
/// </summary>
public sealed class ContentFields
{
    /// <summary>The fields a content file's front matter may have (the admin API's document adds its body).</summary>
    public static readonly IReadOnlyList<string> Names =
        ["type", "title", "url", "summary", "categories", "tags", "author", "date", "listing", "search", "search_phrases"];

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Summary { get; set; }
    public IReadOnlyList<string>? Categories { get; set; }
    public IReadOnlyList<string>? Tags { get; set; }
    public string? Author { get; set; }
    public string? Date { get; set; }
    public bool Listing { get; set; }

    /// <summary>Front matter <c>search</c>: false keeps the item out of every search (it stays reachable by its URL).</summary>
    public bool Search { get; set; } = true;

    /// <summary>Front matter <c>search_phrases</c>: how people ask for the item, searched but never shown.</summary>
    public IReadOnlyList<string>? SearchPhrases { get; set; }
    public DateTimeOffset? Modified { get; set; }
    public string Body { get; set; } = "";
    public IReadOnlyList<string> Headings { get; set; } = [];

    /// <summary>What the source read but did not expect (an unknown field): reported, not fatal unless strict.</summary>
    public List<ContentProblem> Warnings { get; } = [];

    /// <summary>Where each field was found (1-based line), for problem reports; empty when unknown.</summary>
    public Dictionary<string, int> Lines { get; } = new(StringComparer.OrdinalIgnoreCase);
}
