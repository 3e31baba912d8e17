using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Facets;

/// <summary>
/// Counts facet values over every matching document, from sorted-set doc values (Lucene.Net.Facet is not
/// available): per segment into an array indexed by ordinal, folded into value counts when the segment ends.
/// </summary>
internal sealed class FacetCountingCollector : ICollector
{
    private readonly IReadOnlyList<FacetField> _facets;
    private readonly Dictionary<FacetField, Dictionary<string, int>> _counts = [];
    private readonly SortedSetDocValues?[] _values;
    private readonly int[][] _segmentCounts;

    public FacetCountingCollector(IReadOnlyList<FacetField> facets)
    {
        _facets = facets;
        _values = new SortedSetDocValues?[facets.Count];
        _segmentCounts = new int[facets.Count][];
        foreach (var facet in facets)
        {
            _counts[facet] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> CountsOf(FacetField facet)
    {
        FlushSegment();
        return _counts[facet];
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _facets.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_facets[i].IndexField());
            _values[i] = values;
            _segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    private void FlushSegment()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < _facets.Count; i++)
        {
            var values = _values[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            var totals = _counts[_facets[i]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                    counts[ord] = 0;
                }
            }

            _values[i] = null;
        }
    }
}
