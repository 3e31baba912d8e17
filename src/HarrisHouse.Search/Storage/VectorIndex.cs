using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// Exact cosine similarity over the vectors stored with a generation (binary doc values holding each item's
/// normalised passage vectors, so dot products). An item scores its best passage. Each segment's vectors are
/// read once into one contiguous matrix, cached for the segment's life.
/// </summary>
internal static class VectorIndex
{
    private static readonly ConditionalWeakTable<object, SegmentVectors> Segments = [];
    private static readonly ConditionalWeakTable<object, SegmentVectors> PhraseSegments = [];

    /// <summary>Similarity of every document to the query (NaN where a document has no vector or is deleted).</summary>
    public static float[] Similarities(IndexReader reader, ReadOnlySpan<float> query)
    {
        var similarities = new float[reader.MaxDoc];
        Array.Fill(similarities, float.NaN);
        foreach (var leaf in reader.Leaves)
        {
            var vectors = Of(leaf.AtomicReader);
            if (vectors.Dimensions != query.Length)
            {
                continue;
            }

            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < vectors.Docs; doc++)
            {
                if (vectors.Count(doc) > 0 && (live is null || live.Get(doc)))
                {
                    similarities[leaf.DocBase + doc] = vectors.Best(doc, query);
                }
            }
        }

        return similarities;
    }

    /// <summary>
    /// What a search compares: each document's similarity to the query by its text (as <see cref="Similarities"/>)
    /// or by its search phrases, whichever is higher.
    /// </summary>
    public static float[] SearchSimilarities(IndexReader reader, ReadOnlySpan<float> query)
    {
        var similarities = Similarities(reader, query);
        foreach (var leaf in reader.Leaves)
        {
            var phrases = PhrasesOf(leaf.AtomicReader);
            if (phrases.Passages == 0 || phrases.Dimensions != query.Length)
            {
                continue;
            }

            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < phrases.Docs; doc++)
            {
                if (phrases.Count(doc) > 0 && (live is null || live.Get(doc)))
                {
                    var at = leaf.DocBase + doc;
                    var best = phrases.Best(doc, query);
                    similarities[at] = float.IsNaN(similarities[at]) ? best : Math.Max(similarities[at], best);
                }
            }
        }

        return similarities;
    }

    /// <summary>The first passage vector of a document (its title, summary and start), or null if it has none.</summary>
    public static float[]? LeadVector(IndexReader reader, int docId)
    {
        var (vectors, doc) = Locate(reader, docId);
        return vectors.Count(doc) == 0 ? null : vectors.Row(vectors.First(doc)).ToArray();
    }

    /// <summary>One document's similarity to <paramref name="query"/> (its best passage), or NaN without a vector.</summary>
    public static float Similarity(IndexReader reader, int docId, ReadOnlySpan<float> query)
    {
        var (vectors, doc) = Locate(reader, docId);
        if (vectors.Count(doc) == 0 || vectors.Dimensions != query.Length)
        {
            return float.NaN;
        }

        return vectors.Best(doc, query);
    }

    private static (SegmentVectors Vectors, int Doc) Locate(IndexReader reader, int docId)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(docId, reader.Leaves)];
        return (Of(leaf.AtomicReader), docId - leaf.DocBase);
    }

    /// <summary>Reads every segment's vectors now (before the reader is served), not on the first search by meaning.</summary>
    public static void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            Of(leaf.AtomicReader);
            PhrasesOf(leaf.AtomicReader);
        }
    }

    private static SegmentVectors Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => SegmentVectors.Read(reader, IndexSchema.Embedding));

    private static SegmentVectors PhrasesOf(AtomicReader reader) => PhraseSegments.GetValue(reader.CoreCacheKey, _ => SegmentVectors.Read(reader, IndexSchema.PhraseEmbedding));

    /// <summary>Whether any document of the reader carries a vector (an index built without the model has none).</summary>
    public static bool HasVectors(IndexReader reader) =>
        reader.Leaves.Any(leaf => Of(leaf.AtomicReader).Passages > 0);

    /// <summary>The stored form: the vector length, then every passage vector, one after the other.</summary>
    public static BytesRef Encode(PassageVectors vectors)
    {
        var bytes = new byte[sizeof(int) + (vectors.Values.Length * sizeof(float))];
        BitConverter.TryWriteBytes(bytes, vectors.Dimensions);
        MemoryMarshal.AsBytes(vectors.Values.AsSpan()).CopyTo(bytes.AsSpan(sizeof(int)));
        return new BytesRef(bytes);
    }

    /// <summary>A segment's passage vectors in one matrix, and where each document's passages start.</summary>
    private sealed class SegmentVectors(int dimensions, float[] matrix, int[] starts)
    {
        public int Dimensions { get; } = dimensions;

        public int Docs => starts.Length - 1;

        public int Passages => starts[^1];

        public int First(int doc) => starts[doc];

        public int Count(int doc) => starts[doc + 1] - starts[doc];

        public ReadOnlySpan<float> Row(int passage) => matrix.AsSpan(passage * Dimensions, Dimensions);

        /// <summary>The similarity of the document's most similar passage.</summary>
        public float Best(int doc, ReadOnlySpan<float> query)
        {
            var best = float.MinValue;
            for (var passage = First(doc); passage < First(doc) + Count(doc); passage++)
            {
                best = Math.Max(best, TensorPrimitives.Dot(Row(passage), query));
            }

            return best;
        }

        public static SegmentVectors Read(AtomicReader reader, string field)
        {
            var values = reader.GetBinaryDocValues(field);
            var docs = reader.MaxDoc;
            var starts = new int[docs + 1];
            if (values is null)
            {
                return new SegmentVectors(0, [], starts);
            }

            var dimensions = 0;
            var bytes = new BytesRef();
            var rows = new List<float[]>();
            for (var doc = 0; doc < docs; doc++)
            {
                values.Get(doc, bytes);
                starts[doc + 1] = starts[doc];
                if (bytes.Length <= sizeof(int))
                {
                    continue;
                }

                var stored = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
                var length = BitConverter.ToInt32(stored);
                var floats = MemoryMarshal.Cast<byte, float>(stored[sizeof(int)..]).ToArray();
                dimensions = dimensions == 0 ? length : dimensions;
                if (length == dimensions && length > 0 && floats.Length % length == 0)
                {
                    rows.Add(floats);
                    starts[doc + 1] += floats.Length / length;
                }
            }

            return new SegmentVectors(dimensions, rows.SelectMany(r => r).ToArray(), starts);
        }

    }
}
