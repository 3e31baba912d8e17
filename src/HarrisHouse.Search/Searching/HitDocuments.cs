using HarrisHouse.Search.Content;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Searching;

/// <summary>
/// The stored items of search hits, kept per index view: the same popular pages come back in result after
/// result, and decompressing their stored fields is the largest part of an uncached search.
/// </summary>
internal sealed class HitDocuments(int capacity)
{
    private readonly ReaderCache<int, ContentItem> _items = new(capacity);

    public ContentItem Get(IndexReader reader, int docId) =>
        _items.GetOrAdd(reader, docId, id => IndexSchema.LoadItem(reader, id, withText: true));
}
