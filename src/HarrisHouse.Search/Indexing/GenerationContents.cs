using HarrisHouse.Search.Content;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Indexing;

/// <summary>The items of the live generation, read back in full: what an incremental run keeps of what did not change.</summary>
public static class GenerationContents
{
    /// <summary>Every item of the generation named in <c>CURRENT</c> under <paramref name="indexRoot"/> by URL; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, ContentItem> Load(string indexRoot)
    {
        var current = new GenerationStore(indexRoot).Current();
        if (current is null)
        {
            return new Dictionary<string, ContentItem>();
        }

        using var directory = IndexDirectory.Open(current.Directory);
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var items = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var item = IndexSchema.LoadItem(reader, doc, withText: true);
                items[item.Url] = item;
            }
        }

        return items;
    }
}
