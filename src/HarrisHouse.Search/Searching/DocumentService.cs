using HarrisHouse.Search.Content;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Searching;

/// <summary>Reads one indexed item by its URL.</summary>
public sealed class DocumentService
{
    private readonly LiveIndex _index;

    internal DocumentService(LiveIndex index)
    {
        _index = index;
    }

    public ContentItem? Get(string url)
    {
        LookupLimits.Assert(LookupLimits.CheckUrl(url));
        SiteUrl.TryNormalize(url, out var normalized, out _);

        using var lease = _index.Acquire();
        var docId = DocumentLookup.Find(lease.Searcher.IndexReader, normalized);
        return docId < 0 ? null : IndexSchema.LoadItem(lease.Searcher.IndexReader, docId, withText: true);
    }
}
