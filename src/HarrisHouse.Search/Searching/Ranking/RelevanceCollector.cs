using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>
/// The best <c>depth</c> hits by score, equal scores newest first, then by document: the order of
/// <see cref="LexicalRanker.Relevance"/>, collected at the cost of a score comparison per hit. Lucene's
/// TopFieldCollector for the same sort compares through two comparers and copies every competitive hit's date:
/// a one-word search over 100k pages spent a third of its time there (a collector by score alone, half as much).
/// A hit's date is read only when it enters the queue or ties with the worst hit in it. Once the queue is full, a
/// hit whose score bound (<see cref="IScoreBound"/>) is below its worst is counted without being scored.
/// </summary>
internal sealed class RelevanceCollector(int depth) : ICollector
{
    /// <summary>
    /// Room for rounding: a bound is worked out like the score, from larger parts, in single precision; skipping
    /// a hit needs its bound clearly below the worst kept.
    /// </summary>
    private const float BoundSlack = 1.001f;

    private readonly PriorityQueue<Entry, Entry> _queue = new(depth + 1, WorstFirst.Instance);

    private Scorer? _scorer;
    private IScoreBound? _bound;
    private NumericDocValues? _dates;
    private int _docBase;

    public int TotalHits { get; private set; }

    /// <summary>How many hits were counted without being scored, their bound below the worst hit kept.</summary>
    public int Unscored { get; private set; }

    /// <summary>Any order: the queue breaks ties by document itself, so Lucene may score out of order (its faster bulk scorer).</summary>
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _bound = scorer as IScoreBound;
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = context.AtomicReader.GetNumericDocValues(IndexSchema.Published);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        if (depth == 0)
        {
            return;
        }

        if (_bound is not null && _queue.Count == depth && _bound.ScoreBound() * BoundSlack < _queue.Peek().Score)
        {
            Unscored++;
            return;
        }

        var score = _scorer!.GetScore();
        if (_queue.Count == depth && score.CompareTo(_queue.Peek().Score) < 0)
        {
            return;
        }

        var entry = new Entry(_docBase + doc, score, DateOf(doc));
        if (_queue.Count < depth)
        {
            _queue.Enqueue(entry, entry);
        }
        else if (WorstFirst.Instance.Compare(entry, _queue.Peek()) > 0)
        {
            _queue.EnqueueDequeue(entry, entry);
        }
    }

    /// <summary>The collected hits, best first (emptying the queue).</summary>
    public TopDocs TopDocs()
    {
        var hits = new ScoreDoc[_queue.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            var entry = _queue.Dequeue();
            hits[i] = new ScoreDoc(entry.Doc, entry.Score);
        }

        return new TopDocs(TotalHits, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
    }

    /// <summary>The best <paramref name="depth"/> hits of <paramref name="query"/> in relevance order.</summary>
    public static TopDocs Search(IndexSearcher searcher, Query query, int depth)
    {
        var collector = new RelevanceCollector(depth);
        searcher.Search(query, collector);
        return collector.TopDocs();
    }

    /// <summary>
    /// The publication date key (<see cref="IndexSchema.DateKey"/>, never 0); an undated page reads 0, and ranks
    /// below every dated one of equal score.
    /// </summary>
    private long DateOf(int doc) => _dates?.Get(doc) ?? 0;

    private readonly record struct Entry(int Doc, float Score, long Date);

    /// <summary>Orders the worse hit first: lower score, then older (undated oldest), then the later document.</summary>
    private sealed class WorstFirst : IComparer<Entry>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare(Entry x, Entry y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byDate = x.Date.CompareTo(y.Date);
            return byDate != 0 ? byDate : y.Doc.CompareTo(x.Doc);
        }
    }
}
