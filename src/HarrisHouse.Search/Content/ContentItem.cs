namespace HarrisHouse.Search.Content;

/// <summary>One page of the site as the search service sees it, whatever source it came from.</summary>
public sealed record ContentItem
{
    /// <summary>Site-relative path such as <c>/treatments/inpatient-detox/</c>; the item's identity everywhere.</summary>
    public required string Url { get; init; }

    public required ContentType Type { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>Plain text of the body, paragraphs separated by blank lines, headings left out.</summary>
    public string Body { get; init; } = "";

    /// <summary>Section headings of the body, kept apart so they can be weighted above the body text.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Author { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Index and archive pages (the blog index, a category archive) that only list other items.</summary>
    public bool IsListing { get; init; }

    /// <summary>
    /// Whether the item can be found by searching (front matter <c>search: false</c> makes it false): an item that
    /// cannot is in no result, suggestion, facet count or "did you mean", but is still read by its URL and still
    /// offered in related lists (unless it is a listing).
    /// </summary>
    public bool Searchable { get; init; } = true;

    /// <summary>
    /// Words staff add so the item is found by how people ask for it ("how do I get my son into rehab"):
    /// searched by words and by meaning, never shown in results.
    /// </summary>
    public IReadOnlyList<string> SearchPhrases { get; init; } = [];

    /// <summary>When the item last changed at its source; decides which of two versions of an item wins.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>
    /// Whether the two say the same to a searcher: every field that is indexed, but not <see cref="Modified"/>
    /// (a post saved again without a change is not a change).
    /// </summary>
    public bool SameContentAs(ContentItem other) =>
        Url == other.Url && Type == other.Type && Title == other.Title && Summary == other.Summary && Body == other.Body
        && Headings.SequenceEqual(other.Headings) && Categories.SequenceEqual(other.Categories) && Tags.SequenceEqual(other.Tags)
        && Author == other.Author && Published == other.Published && IsListing == other.IsListing
        && Searchable == other.Searchable && SearchPhrases.SequenceEqual(other.SearchPhrases);

    /// <summary>Short stable identifier derived from the URL.</summary>
    public string Id => ContentIds.FromUrl(Url);
}
