using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Related;

/// <summary>
/// Related lists live in the index itself, one per item in a binary doc value that can be rewritten in
/// place: they are computed when a generation is built, switch and roll back with it, and are recomputed for
/// the items a live change affects.
/// </summary>
internal static class RelatedLists
{
    /// <summary>Computes and stores the list of every item in the writer's index (not yet committed).</summary>
    public static int ComputeAll(IndexWriter writer, RelatedComputer computer, CancellationToken cancellationToken = default)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var searcher = new IndexSearcher(reader);
        var referenceDate = ReferenceDate(reader);
        var catalog = new CandidateCatalog(reader);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var computed = 0;
        Parallel.For(
            0,
            reader.MaxDoc,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            docId =>
            {
                if (liveDocs is not null && !liveDocs.Get(docId))
                {
                    return;
                }

                Store(writer, IndexSchema.LoadUrl(reader, docId), computer.ForDocument(searcher, docId, referenceDate, catalog));
                Interlocked.Increment(ref computed);
            });
        return computed;
    }

    /// <summary>Recomputes the lists of the given items (those a change may have affected).</summary>
    public static void Recompute(IndexWriter writer, IndexSearcher searcher, RelatedComputer computer, IEnumerable<string> urls)
    {
        var referenceDate = ReferenceDate(searcher.IndexReader);
        var catalog = new CandidateCatalog(searcher.IndexReader);
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            var docId = DocumentLookup.Find(searcher.IndexReader, url);
            if (docId >= 0)
            {
                Store(writer, url, computer.ForDocument(searcher, docId, referenceDate, catalog));
            }
        }
    }

    /// <summary>The items whose stored list mentions one of <paramref name="urls"/>.</summary>
    public static IReadOnlyList<string> ListsMentioning(IndexReader reader, IReadOnlySet<string> urls)
    {
        var result = new List<string>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Related);
            var live = leaf.AtomicReader.LiveDocs;
            if (values is null)
            {
                continue;
            }

            var bytes = new BytesRef();
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                values.Get(doc, bytes);
                if (RelatedCodec.Decode(bytes).Any(item => urls.Contains(item.Url)))
                {
                    result.Add(IndexSchema.LoadUrl(leaf.AtomicReader, doc));
                }
            }
        }

        return result;
    }

    /// <summary>Reads the stored list of one item.</summary>
    public static IReadOnlyList<RelatedItem> Read(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Related);
        if (values is null)
        {
            return [];
        }

        var bytes = new BytesRef();
        values.Get(docId - leaf.DocBase, bytes);
        return RelatedCodec.Decode(bytes);
    }

    /// <summary>
    /// The newest publication date in the index: recency is measured from it rather than from the clock,
    /// so that the same index always gives the same lists.
    /// </summary>
    public static DateOnly ReferenceDate(IndexReader reader)
    {
        long newest = 0;
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Published);
            if (values is null)
            {
                continue;
            }

            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                newest = Math.Max(newest, values.Get(doc));
            }
        }

        return IndexSchema.FromDateKey(newest) ?? new DateOnly(2000, 1, 1);
    }

    private static void Store(IndexWriter writer, string url, IReadOnlyList<RelatedItem> items) =>
        writer.UpdateBinaryDocValue(new Term(IndexSchema.Url, url), IndexSchema.Related, RelatedCodec.Encode(items));
}
