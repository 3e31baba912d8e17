using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// <see cref="RequiredWithOptionalQuery"/>'s scorer for a common word: a window of documents at a time, after
/// Lucene's BooleanScorer. A one-word search is a best-of over five fields for the word and for each synonym,
/// and at 100k items it matches most of them: stepped document by document, each document asked every clause of
/// every node where it was and took the lowest, half of the search's time, and scoring took the other half. Here
/// each term's postings are read in one run per window, marking the documents it is on, and a document is scored
/// from its marks: matches and scores are the scorer's it replaces (the same sums in the same order). Its
/// <see cref="ScoreBound"/>, from which terms a document has, lets a collector skip scoring a document that
/// cannot rank (after MaxScore, Turtle and Flood): at 100k items, nearly every match outside the titles.
/// </summary>
internal sealed class WindowScorer : Scorer, IScoreBound
{
    /// <summary>One bit per term in a document's mark.</summary>
    public const int MostLeaves = 64;

    /// <summary>
    /// The most documents in a window, fewer in a smaller segment and with many terms: the frequencies of a window
    /// are kept per term, and kept under 64 KB they stay out of the large object heap (and small for a small site).
    /// </summary>
    private const int MostInWindow = 1024;

    private const int LeastInWindow = 64;

    private const int MostValueBytes = 64 * 1024;

    /// <summary>
    /// Below one match in 16 documents (by the required terms' postings), stepping by document costs no more,
    /// and a rare word's search is cheap either way.
    /// </summary>
    private const int LeastPostingsPerWindow = MostInWindow / 16;

    /// <summary>The bounds of the sets of terms met are kept in 2^8 slots, by a hash of the set.</summary>
    private const int BoundCacheBits = 8;

    private readonly WindowLeaf[] _leaves;
    private readonly ScoreNode _required;
    private readonly ScoreNode[] _optional;
    private readonly ForwardScorers _excludedAt;
    private readonly float[] _coord;
    private readonly int[] _requiredLeaves;
    private readonly int[] _leafDocs;
    private readonly int _window;
    private readonly ulong[] _marks;

    /// <summary>The window's slots any term marked, and those a required term did, a bit each.</summary>
    private readonly ulong[] _markedSlots;
    private readonly ulong[] _requiredSlots;

    /// <summary>Per leaf and slot: a term's frequency there, or another scorer's score.</summary>
    private readonly float[] _values;

    /// <summary>The sets of terms met and their bounds (<see cref="ScoreBound"/>).</summary>
    private readonly ulong[] _boundMarks = new ulong[1 << BoundCacheBits];
    private readonly float[] _bounds = new float[1 << BoundCacheBits];

    private int _windowStart;
    private int _slot;
    private int _doc = -1;

    private WindowScorer(Weight weight, WindowLeaf[] leaves, ScoreNode required, ScoreNode[] optional, Scorer[] excluded, float[] coord, int maxDoc)
        : base(weight)
    {
        var fitting = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(maxDoc, 1));
        var affordable = 1 << BitOperations.Log2((uint)(MostValueBytes / sizeof(float) / leaves.Length));
        _window = Math.Clamp(Math.Min(fitting, affordable), LeastInWindow, MostInWindow);
        _slot = _window;
        _marks = new ulong[_window];
        _markedSlots = new ulong[_window / 64];
        _requiredSlots = new ulong[_window / 64];
        _leaves = leaves;
        _required = required;
        _optional = optional;
        _excludedAt = new ForwardScorers(excluded);
        _coord = coord;
        _requiredLeaves = [.. Enumerable.Range(0, leaves.Length).Where(l => (required.Mask & (1UL << l)) != 0)];
        _leafDocs = [.. leaves.Select(l => l.Postings.NextDoc())];
        _values = new float[leaves.Length * _window];
    }

    /// <summary>
    /// The window scorer, when the required clause is a tree of terms (<see cref="IScoreTree"/>) and common; other
    /// scorers among the optional clauses or under best-of nodes (phrases) are leaves, scored as a window is filled.
    /// </summary>
    public static WindowScorer? TryCreate(Weight weight, Scorer required, Scorer[] optional, Scorer[] excluded, float[] coord, int maxDoc)
    {
        if (required.GetCost() * MostInWindow < (long)LeastPostingsPerWindow * maxDoc || required is not IScoreTree requiredTree)
        {
            return null;
        }

        var leaves = new List<WindowLeaf>();
        if (requiredTree.Node(leaves) is not { } requiredNode)
        {
            return null;
        }

        var optionalNodes = new ScoreNode[optional.Length];
        for (var i = 0; i < optional.Length; i++)
        {
            if (ScoreNode.Of(optional[i], leaves) is not { } node)
            {
                return null;
            }

            optionalNodes[i] = node;
        }

        return new WindowScorer(weight, [.. leaves], requiredNode, optionalNodes, excluded, coord, maxDoc);
    }

    public override int DocID => _doc;

    public override int Freq => 1 + _optional.Count(o => (o.Mask & _marks[_slot]) != 0);

    public override int NextDoc() => Next();

    public override int Advance(int target)
    {
        // Before the first window, after the last, or past the current one, the window starts at the target.
        if (_slot == _window || target >= _windowStart + _window)
        {
            Fill(target);
        }
        else
        {
            _slot = Math.Max(_slot, target - _windowStart - 1);
        }

        return Next();
    }

    public override float GetScore() => Sum(_marks[_slot], bounded: false);

    /// <summary>
    /// The score worked out with each term at its weight (its score at an endless frequency): every step of it grows
    /// with the terms' scores. It depends only on which terms a document has, and a search meets few such sets, so
    /// each set's bound is worked out once (a few nanoseconds a document, where scoring or a bound from the
    /// frequencies cost as much as stepping through the postings).
    /// </summary>
    public float ScoreBound()
    {
        var marks = _marks[_slot];
        var at = (int)((marks * 0x9E3779B97F4A7C15UL) >> (64 - BoundCacheBits));
        if (_boundMarks[at] != marks)
        {
            _boundMarks[at] = marks;
            _bounds[at] = BoundOf(marks);
        }

        return _bounds[at];
    }

    /// <summary>A bound with a leaf of unknown bound (infinite) is infinite; the tie-breaker's sum minus best makes it NaN.</summary>
    private float BoundOf(ulong marks) => Sum(marks, bounded: true) is var bound && float.IsNaN(bound) ? float.PositiveInfinity : bound;

    /// <summary>The required clause's and the optional ones' on the document, of scores or of bounds, as RequiredWithOptionalScorer sums them.</summary>
    private float Sum(ulong marks, bool bounded)
    {
        var score = Value(_required, marks, bounded);
        var matched = 0;
        double extra = 0;
        foreach (var optional in _optional)
        {
            if ((optional.Mask & marks) != 0)
            {
                extra += Value(optional, marks, bounded);
                matched++;
            }
        }

        return RequiredWithOptionalQuery.Total(score, extra, matched, _coord);
    }

    public override long GetCost() => _requiredLeaves.Sum(l => _leaves[l].Postings.GetCost());

    private int Next()
    {
        while (true)
        {
            // The window's next document a required term is on, read from its bit set of them: the cost follows
            // the matches, not the window's size.
            var from = _slot + 1;
            for (var word = from >> 6; word < _requiredSlots.Length; word++)
            {
                var bits = _requiredSlots[word] & (word == from >> 6 ? ~0UL << (from & 63) : ~0UL);
                for (; bits != 0; bits &= bits - 1)
                {
                    var slot = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    if (!_excludedAt.Any(_windowStart + slot))
                    {
                        _slot = slot;
                        return _doc = _windowStart + slot;
                    }
                }
            }

            var next = NO_MORE_DOCS;
            foreach (var leaf in _requiredLeaves)
            {
                next = Math.Min(next, _leafDocs[leaf]);
            }

            if (next == NO_MORE_DOCS)
            {
                _slot = _window;
                return _doc = NO_MORE_DOCS;
            }

            Fill(next);
        }
    }

    /// <summary>Marks, for the window from <paramref name="start"/>, the documents each term is on, with its frequency there.</summary>
    private void Fill(int start)
    {
        // Only the slots the last window marked are cleared.
        for (var word = 0; word < _markedSlots.Length; word++)
        {
            for (var bits = _markedSlots[word]; bits != 0; bits &= bits - 1)
            {
                _marks[(word << 6) + BitOperations.TrailingZeroCount(bits)] = 0;
            }

            _markedSlots[word] = 0;
            _requiredSlots[word] = 0;
        }

        _windowStart = start;
        _slot = -1;
        var end = (int)Math.Min((long)start + _window, NO_MORE_DOCS);
        for (var l = 0; l < _leaves.Length; l++)
        {
            var postings = _leaves[l].Postings;
            var other = _leaves[l].Other;
            var doc = _leafDocs[l];
            if (doc < start)
            {
                doc = postings.Advance(start);
            }

            var bit = 1UL << l;
            var required = (_required.Mask & bit) != 0 ? ~0UL : 0UL;
            var values = l * _window;
            for (; doc < end; doc = postings.NextDoc())
            {
                var slot = doc - start;
                var slotBit = 1UL << slot;
                _marks[slot] |= bit;
                _markedSlots[slot >> 6] |= slotBit;
                _requiredSlots[slot >> 6] |= slotBit & required;
                _values[values + slot] = other is null ? ((DocsEnum)postings).Freq : other.GetScore();
            }

            _leafDocs[l] = doc;
        }
    }

    /// <summary>A node's score on the current document, or its bound: each leaf at its weight.</summary>
    private float Value(ScoreNode node, ulong marks, bool bounded)
    {
        if (node.Leaf >= 0)
        {
            var leaf = _leaves[node.Leaf];
            if (bounded)
            {
                return leaf.Weight;
            }

            var value = _values[(node.Leaf * _window) + _slot];
            return leaf.Term is { } term ? term.Score(_doc, value) : value;
        }

        // As BestOfQuery's scorer: the clauses on the document in clause order.
        float best = 0, sum = 0;
        foreach (var child in node.Children)
        {
            if ((child.Mask & marks) != 0)
            {
                var score = Value(child, marks, bounded);
                sum += score;
                best = Math.Max(best, score);
            }
        }

        return BestOfQuery.Combine(best, sum, node.TieBreaker);
    }
}
