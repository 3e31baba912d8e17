using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Facets;

/// <summary>
/// For each facet value of a segment, the set of its documents, indexed by the value's ordinal. Built once per
/// segment and facet on first use (segments never change; deleted documents never reach a collector, so the sets
/// need not know about them) and dropped with the segment.
/// </summary>
internal static class FacetValueSets
{
    private static readonly ConditionalWeakTable<object, FixedBitSet[]?[]> Segments = new();

    /// <summary>
    /// Built from the reader asking (never from one kept since: it may be closed by now). Two searches that ask at
    /// once may both build; the sets are the same.
    /// </summary>
    public static FixedBitSet[] Of(AtomicReader segment, FacetField facet)
    {
        var ofSegment = Segments.GetValue(segment.CoreCacheKey, _ => new FixedBitSet[]?[FacetFields.All.Count]);
        return LazyInitializer.EnsureInitialized(ref ofSegment[(int)facet], () => Build(segment, facet));
    }

    /// <summary>Builds every facet's sets of every segment now (before the reader is served), not on the first search that counts.</summary>
    public static void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            foreach (var facet in FacetFields.All)
            {
                Of(leaf.AtomicReader, facet);
            }
        }
    }

    private static FixedBitSet[] Build(AtomicReader segment, FacetField facet)
    {
        var values = segment.GetSortedSetDocValues(facet.IndexField());
        if (values is null)
        {
            return [];
        }

        var sets = Enumerable.Range(0, (int)values.ValueCount).Select(_ => new FixedBitSet(Math.Max(1, segment.MaxDoc))).ToArray();
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                sets[ord].Set(doc);
            }
        }

        return sets;
    }
}
