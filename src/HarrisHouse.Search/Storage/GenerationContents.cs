using HarrisHouse.Search.Content;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Storage;

/// <summary>The items of the live generation, read back: what an incremental run keeps of what did not change, and
/// the last good version of an item whose source is now broken.</summary>
internal static class GenerationContents
{
    /// <summary>Every item of the generation named in <c>CURRENT</c> under <paramref name="indexRoot"/> by URL; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, ContentItem> Load(string indexRoot) =>
        Read(indexRoot, reader => Enumerable.Range(0, reader.MaxDoc).Where(IsLive(reader)));

    /// <summary>The live generation's items at these URLs (those it holds); empty when there is no generation.</summary>
    public static IReadOnlyDictionary<string, ContentItem> Find(string indexRoot, IReadOnlyCollection<string> urls) =>
        urls.Count == 0
            ? new Dictionary<string, ContentItem>()
            : Read(indexRoot, reader => urls.Select(url => DocumentLookup.Find(reader, url)).Where(doc => doc >= 0));

    private static Dictionary<string, ContentItem> Read(string indexRoot, Func<IndexReader, IEnumerable<int>> docs)
    {
        var items = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var current = new GenerationStore(indexRoot).Current();
        if (current is null)
        {
            return items;
        }

        using var directory = IndexDirectory.Open(current.Directory);
        using var reader = DirectoryReader.Open(directory);
        foreach (var doc in docs(reader))
        {
            var item = IndexSchema.LoadItem(reader, doc, withText: true);
            items[item.Url] = item;
        }

        return items;
    }

    private static Func<int, bool> IsLive(IndexReader reader)
    {
        var liveDocs = MultiFields.GetLiveDocs(reader);
        return doc => liveDocs is null || liveDocs.Get(doc);
    }
}
