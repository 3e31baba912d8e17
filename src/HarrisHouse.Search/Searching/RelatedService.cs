using HarrisHouse.Search.Content;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Searching;

/// <summary>A related list; <paramref name="Url"/> is the page it is for, null for a draft.</summary>
public sealed record RelatedResult(string? Url, IReadOnlyList<RelatedItem> Items);

/// <summary>Serves related lists: a lookup of the stored list for indexed items, a computation for drafts.</summary>
public sealed class RelatedService
{
    private readonly LiveIndex _index;
    private readonly Semantic.SemanticSearch? _semantic;

    internal RelatedService(LiveIndex index, int cachedLists = 5_000, Semantic.SemanticSearch? semantic = null)
    {
        _index = index;
        _semantic = semantic;
        _lists = new(cachedLists);
        _computer = new(index.Options.Index.Related, IndexSchema.CreateAnalyzer(index.Options.Index.Stemmer));
    }

    public const int DefaultCount = 3;
    public const int MaxCount = 10;
    public const int MaxDraftTitleLength = ContentValidator.MaxTitleLength;
    public const int MaxDraftTextLength = 100_000;

    private readonly ReaderCache<string, IReadOnlyList<RelatedItem>?> _lists;

    private readonly RelatedComputer _computer;

    /// <summary>The stored list of the item at <paramref name="url"/>, or null when no such item is indexed.</summary>
    public RelatedResult? ForUrl(string url, int count)
    {
        LookupLimits.Assert([.. LookupLimits.CheckUrl(url), .. LookupLimits.CheckRelatedCount(count)]);
        SiteUrl.TryNormalize(url, out var normalized, out _);

        using var lease = _index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var stored = _lists.GetOrAdd(reader, normalized, url =>
        {
            var docId = DocumentLookup.Find(reader, url);
            return docId < 0 ? null : RelatedLists.Read(reader, docId);
        });
        return stored is null ? null : new RelatedResult(normalized, stored.Take(count).ToList());
    }

    /// <summary>Related items for a draft that is not indexed yet.</summary>
    public IReadOnlyList<RelatedItem> ForDraft(string title, string text, int count)
    {
        LookupLimits.Assert(LookupLimits.CheckRelatedCount(count));
        using var lease = _index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var vector = _semantic is not null && Storage.VectorIndex.HasVectors(reader) ? _semantic.EmbedDraft(title, text) : null;
        return _computer.ForDraft(lease.Searcher, title, text, vector, RelatedLists.ReferenceDate(reader)).Take(count).ToList();
    }
}
