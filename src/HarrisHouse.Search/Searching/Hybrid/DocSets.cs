using HarrisHouse.Search.Searching.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Hybrid;

/// <summary>Sets of documents over a whole reader, for counting facets over results that no single query describes.</summary>
internal static class DocSets
{
    /// <summary>Every document <paramref name="query"/> matches.</summary>
    public static FixedBitSet Matching(IndexSearcher searcher, Query query)
    {
        var bits = new FixedBitSet(Math.Max(1, searcher.IndexReader.MaxDoc));
        searcher.Search(query, new BitsCollector(bits));
        return bits;
    }

    /// <summary>The documents of <paramref name="bits"/> counted into facet values, as the lexical path counts them.</summary>
    public static Dictionary<FacetField, IReadOnlyDictionary<string, int>> Count(IndexReader reader, FixedBitSet bits, IReadOnlyList<FacetField> facets)
    {
        var counter = new FacetCountingCollector(facets);
        foreach (var leaf in reader.Leaves)
        {
            counter.SetNextReader(leaf);
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            for (var doc = bits.NextSetBit(leaf.DocBase); doc >= 0 && doc < end; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                counter.Collect(doc - leaf.DocBase);
            }
        }

        return facets.ToDictionary(f => f, counter.CountsOf);
    }

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => bits.Set(_docBase + doc);
    }
}
