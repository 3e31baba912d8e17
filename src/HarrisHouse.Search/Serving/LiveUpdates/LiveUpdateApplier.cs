using HarrisHouse.Search.Related;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Serving.LiveUpdates;

/// <summary>
/// Applies live changes to a served generation through its writer: the documents, then the related lists
/// they affect (the changed item's own, those that list it, and those of its new neighbours), then one
/// durable commit, then a refresh so that the next search sees it all.
/// </summary>
internal sealed class LiveUpdateApplier(RelatedComputer related, Semantic.ItemEmbedder? embedder)
{
    public void Apply(ServedGeneration generation, IReadOnlyList<LiveUpdate> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var writer = generation.Writer ?? throw new LiveUpdatesUnavailableException(generation.ReadOnlyReason ?? $"{generation.Info.Name} is open read-only");
        var changed = new HashSet<string>(StringComparer.Ordinal);

        // Pages are stored in the generation's own word list (null for one written before lists: plain text).
        var words = StoredWords.Of(writer.Directory);
        foreach (var change in changes)
        {
            var key = new Term(IndexSchema.Url, change.Url);
            if (change.Kind == LiveUpdateKind.Upsert && change.Item is not null)
            {
                writer.UpdateDocument(key, IndexSchema.ToDocument(change.Item, embedder?.Embed(change.Item), words?.Coded(change.Item)));
            }
            else
            {
                writer.DeleteDocuments(key);
            }

            changed.Add(change.Url);
        }

        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            var searcher = new IndexSearcher(reader);
            var present = changed.Where(url => DocumentLookup.Find(reader, url) >= 0).ToList();
            RelatedLists.Recompute(writer, searcher, related, present);
        }

        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            var searcher = new IndexSearcher(reader);
            var neighbours = changed
                .Where(url => DocumentLookup.Find(reader, url) >= 0)
                .SelectMany(url => RelatedLists.Read(reader, DocumentLookup.Find(reader, url)).Select(i => i.Url));
            var affected = RelatedLists.ListsMentioning(reader, changed).Concat(neighbours).Where(url => !changed.Contains(url));
            RelatedLists.Recompute(writer, searcher, related, affected);
        }

        generation.Commit(changes.Max(c => c.Sequence));
        generation.Refresh();
    }
}
