using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Related;

/// <summary>What is known about an item while ranking it as a related candidate.</summary>
internal sealed record RelatedCandidate(
    int DocId,
    string Url,
    string Title,
    ContentType Type,
    DateOnly? Published,
    string Summary,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    bool IsListing)
{
    public double TextScore { get; set; }
    public double Score { get; set; }
    public string Reason { get; set; } = "";

    public bool IsTopicPage => Type is ContentType.Treatment or ContentType.Addiction;

    public RelatedItem ToItem() => new(Url, Title, Type, Published, Summary, Reason);
}

/// <summary>The item whose related list is being computed: an indexed item, or a draft.</summary>
internal sealed record RelatedSource(
    string? Url,
    string Title,
    ContentType? Type,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    int WordCount);
