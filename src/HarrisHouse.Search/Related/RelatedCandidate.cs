using System.Collections.Concurrent;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Related;

/// <summary>What is known about an indexed item when it is considered as a related candidate.</summary>
internal sealed record CandidateInfo(
    string Url,
    string Title,
    ContentType Type,
    DateOnly? Published,
    string Summary,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    bool IsListing)
{
    public bool IsTopicPage => Type is ContentType.Treatment or ContentType.Addiction;
}

/// <summary>A candidate with its scores for one related list.</summary>
internal sealed class RelatedCandidate(CandidateInfo info)
{
    public CandidateInfo Info { get; } = info;
    public double TextScore { get; set; }
    public double MeaningScore { get; set; }
    public double Score { get; set; }
    public string Reason { get; set; } = "";

    public string Url => Info.Url;
    public bool IsTopicPage => Info.IsTopicPage;

    public RelatedItem ToItem() => new(Info.Url, Info.Title, Info.Type, Info.Published, Info.Summary, Reason);
}

/// <summary>
/// Candidate details read once per reader: computing every list of a generation meets the same items again
/// and again, and loading stored fields is the slow part.
/// </summary>
internal sealed class CandidateCatalog(IndexReader reader)
{
    private readonly ConcurrentDictionary<int, CandidateInfo> _items = new();

    public IndexReader Reader => reader;

    internal CandidateInfo Get(int docId) => _items.GetOrAdd(docId, id =>
    {
        var item = IndexSchema.LoadItem(reader, id, withText: false);
        return new CandidateInfo(item.Url, item.Title, item.Type, item.Published, item.Summary, item.Categories, item.Tags, item.IsListing);
    });
}

/// <summary>The item whose related list is being computed: an indexed item, or a draft.</summary>
internal sealed record RelatedSource(
    string? Url,
    string Title,
    ContentType? Type,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    int WordCount);
