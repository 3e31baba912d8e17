using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// <see cref="RequiredWithOptionalQuery"/>'s scorer for common words: a window of documents at a time, after
/// Lucene's BooleanScorer. A one-word search is a best-of over five fields for the word and for each synonym,
/// and at 100k items it matches most of them: stepped document by document, each document asked every clause of
/// every node where it was and took the lowest, half of the search's time, and scoring took the other half. Here
/// each term's postings are read in one run per window, marking the documents it is on, and a document is scored
/// from its marks: matches and scores are the scorer's it replaces (the same sums in the same order; under a
/// boolean query's <see cref="SumRule"/>, up to rounding). Several words required, and a word being typed with
/// its completions, come apart the same way. Its <see cref="ScoreBound"/>, from which terms a document has, lets a
/// collector skip scoring a document that cannot rank (after MaxScore, Turtle and Flood): at 100k items, nearly
/// every match outside the titles. Optional phrases of known bound are worked out only on the documents scored
/// (<see cref="DeferredLeaves"/>).
/// </summary>
internal sealed class WindowScorer : Scorer, IScoreBound
{
    /// <summary>One bit per term in a document's mark: a word being typed brings ten completions over five fields.</summary>
    public const int MostLeaves = 128;

    /// <summary>
    /// The most documents in a window, fewer in a smaller segment and with many terms: the frequencies of a window
    /// are kept per term, and kept under 64 KB they stay out of the large object heap (and small for a small site).
    /// </summary>
    private const int MostInWindow = WindowBuffers.MostInWindow;

    private const int LeastInWindow = 64;

    /// <summary>
    /// Below one match in 16 documents (by the required terms' postings), stepping by document costs no more,
    /// and a rare word's search is cheap either way.
    /// </summary>
    private const int LeastPostingsPerWindow = MostInWindow / 16;

    /// <summary>
    /// Above this many postings of the required terms per document the required clause can match (a conjunction's
    /// rarest part), stepping by document costs less: at 100k site-like items, "does insurance cover rehab" (18)
    /// took 4.8 ms stepped and 5.5 ms by windows, "detox pro" (4) 25 ms stepped and 7 ms by windows.
    /// </summary>
    private const int MostPostingsPerMatch = 8;

    private readonly WindowLeaf[] _leaves;
    private readonly ScoreNode _required;
    private readonly ScoreNode[] _optional;
    private readonly ForwardScorers _excludedAt;
    private readonly DeferredLeaves _deferred;
    private readonly float[] _coord;
    private readonly int[] _requiredLeaves;
    private readonly int[] _leafDocs;
    private readonly int _window;
    private readonly WindowBuffers _buffers;
    private readonly UInt128[] _marks;

    /// <summary>The window's slots any term marked, and those a required term did, a bit each.</summary>
    private readonly ulong[] _markedSlots;
    private readonly ulong[] _requiredSlots;

    /// <summary>Per leaf and slot: a term's frequency there, or another scorer's score.</summary>
    private readonly float[] _values;

    /// <summary>Per leaf, the most it can add to a document's score; per slot, the sum of those of the leaves marked there.</summary>
    private readonly float[] _leafBounds;
    private readonly float[] _slotBounds;

    private int _windowStart;
    private int _slot;
    private int _doc = -1;

    private WindowScorer(Weight weight, WindowLeaf[] leaves, ScoreNode required, int[] requiredLeaves, ScoreNode[] optional, Scorer[] excluded, float[] coord, int maxDoc)
        : base(weight)
    {
        var fitting = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(maxDoc, 1));
        var affordable = 1 << BitOperations.Log2((uint)(WindowBuffers.MostValues / leaves.Length));
        _window = Math.Clamp(Math.Min(fitting, affordable), LeastInWindow, MostInWindow);
        _slot = _window;
        _buffers = WindowBuffers.Rent(_window);
        _marks = _buffers.Marks;
        _markedSlots = _buffers.MarkedSlots;
        _requiredSlots = _buffers.RequiredSlots;
        _leaves = leaves;
        _required = required;
        _optional = optional;
        _excludedAt = new ForwardScorers(excluded);
        _coord = coord;
        _requiredLeaves = requiredLeaves;
        _deferred = DeferredLeaves.Of(leaves, required);
        _leafDocs = [.. leaves.Select((l, i) => _deferred.Contains(i) ? NO_MORE_DOCS : l.Postings.NextDoc())];
        _values = _buffers.Values;
        _slotBounds = _buffers.SlotBounds;
        _leafBounds = new float[leaves.Length];
        var outer = Math.Max(1f, coord.Max());
        LeafBounds(required, outer);
        foreach (var node in optional)
        {
            LeafBounds(node, outer);
        }
    }

    /// <summary>
    /// Each leaf's bound: its weight, times whatever above it could scale a score up (a coord or a tie-breaker
    /// above 1; neither is, with the site's similarity and queries).
    /// </summary>
    private void LeafBounds(ScoreNode node, float factor)
    {
        if (node.Leaf >= 0)
        {
            _leafBounds[node.Leaf] = _leaves[node.Leaf].Weight * factor;
            return;
        }

        var own = Math.Max(1f, node.Sum is { } rule ? rule.Coord.Max() : node.TieBreaker);
        foreach (var child in node.Children)
        {
            LeafBounds(child, factor * own);
        }
    }

    /// <summary>
    /// The window scorer, when the required clause is a tree of terms (<see cref="IScoreTree"/>, or a boolean query's
    /// <see cref="SumRule"/>) and common; other scorers among the optional clauses or in the tree (phrases, and parts
    /// beyond <see cref="MostLeaves"/>) are leaves, scored as a window is filled.
    /// </summary>
    public static WindowScorer? TryCreate(Weight weight, Scorer required, Scorer[] optional, Scorer[] excluded, float[] coord, int maxDoc)
    {
        if (required.GetCost() * MostInWindow < (long)LeastPostingsPerWindow * maxDoc)
        {
            return null;
        }

        // The required clause must come apart: as a leaf of its own, its scorer would step through every document as before.
        var leaves = new List<WindowLeaf>();
        if ((required is IScoreTree tree ? tree.Node(leaves) : SumRule.Node(required, leaves)) is not { } requiredNode)
        {
            return null;
        }

        if (ScoreNode.OfEach(optional, leaves) is not { } optionalNodes)
        {
            return null;
        }

        // A window reads all the required terms' postings; a conjunction led by its rarest word reads few of them.
        var requiredLeaves = Enumerable.Range(0, leaves.Count).Where(requiredNode.Has).ToArray();
        if (PostingsOf(leaves, requiredLeaves) > MostPostingsPerMatch * required.GetCost())
        {
            return null;
        }

        return new WindowScorer(weight, [.. leaves], requiredNode, requiredLeaves, optionalNodes, excluded, coord, maxDoc);
    }

    public override int DocID => _doc;

    public override int Freq => 1 + _optional.Count(o => o.Matches(Resolved()));

    public override int NextDoc() => _doc == NO_MORE_DOCS ? _doc : Next();

    public override int Advance(int target)
    {
        if (_doc == NO_MORE_DOCS)
        {
            return _doc;
        }

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

    public override float GetScore() => Sum(Resolved());

    /// <summary>
    /// The sum of the bounds of the leaves on the document, added up as the window is filled: every node's score is
    /// at most the sum of its clauses' (a best-of adds a fraction of the others to the best; a sum, scaled by a coord
    /// of at most 1, unless <see cref="LeafBounds"/> says otherwise), and a term's at most its weight. Looser than
    /// the bound worked out through the tree, it costs nothing per document: worked out per set of terms met and
    /// kept in a small cache, the bound cost a multi-word search more than it saved (a set met once in five
    /// documents), and even a one-word search ran faster with this one (100k site-like items, `detox` p50
    /// 1.97 → 1.60 ms, though 11 % more of its hits were scored).
    /// </summary>
    public float ScoreBound() => _deferred.IsEmpty ? _slotBounds[_slot] : _slotBounds[_slot] + _deferred.Bound(_marks[_slot], _leafBounds);

    /// <summary>The current document's marks, with the deferred phrases found on it.</summary>
    private UInt128 Resolved() =>
        _deferred.IsEmpty ? _marks[_slot] : _marks[_slot] = _deferred.Resolve(_doc, _marks[_slot], _values, _slot, _window);

    /// <summary>The required clause's and the optional ones' scores on the document, as RequiredWithOptionalScorer sums them.</summary>
    private float Sum(UInt128 marks)
    {
        var score = Value(_required, marks);
        var matched = 0;
        double extra = 0;
        foreach (var optional in _optional)
        {
            if (optional.Matches(marks))
            {
                extra += Value(optional, marks);
                matched++;
            }
        }

        return RequiredWithOptionalQuery.Total(score, extra, matched, _coord);
    }

    public override long GetCost() => PostingsOf(_leaves, _requiredLeaves);

    /// <summary>How many postings the <paramref name="leaves"/> at <paramref name="indexes"/> hold.</summary>
    private static long PostingsOf(IReadOnlyList<WindowLeaf> leaves, int[] indexes) => indexes.Sum(l => leaves[l].Postings.GetCost());

    private int Next()
    {
        while (true)
        {
            // The window's next document a required term is on, read from its bit set of them: the cost follows
            // the matches, not the window's size.
            var from = _slot + 1;
            for (var word = from >> 6; word < _window >> 6; word++)
            {
                var bits = _requiredSlots[word] & (word == from >> 6 ? ~0UL << (from & 63) : ~0UL);
                for (; bits != 0; bits &= bits - 1)
                {
                    var slot = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    if ((_required.MatchesAnyLeaf || _required.Matches(_marks[slot])) && !_excludedAt.Any(_windowStart + slot))
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
                // Done: the buffers go to the thread's next search, and this scorer never reads them again.
                _slot = _window;
                _buffers.Return();
                return _doc = NO_MORE_DOCS;
            }

            Fill(next);
        }
    }

    /// <summary>Marks, for the window from <paramref name="start"/>, the documents each term is on, with its frequency there.</summary>
    private void Fill(int start)
    {
        // Only the slots the last window marked are cleared.
        for (var word = 0; word < _window >> 6; word++)
        {
            for (var bits = _markedSlots[word]; bits != 0; bits &= bits - 1)
            {
                var cleared = (word << 6) + BitOperations.TrailingZeroCount(bits);
                _marks[cleared] = 0;
                _slotBounds[cleared] = 0;
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

            var bit = UInt128.One << l;
            var required = _required.Has(l) ? ~0UL : 0UL;
            var values = l * _window;
            var bound = _leafBounds[l];
            for (; doc < end; doc = postings.NextDoc())
            {
                var slot = doc - start;
                var slotBit = 1UL << slot;
                _marks[slot] |= bit;
                _slotBounds[slot] += bound;
                _markedSlots[slot >> 6] |= slotBit;
                _requiredSlots[slot >> 6] |= slotBit & required;
                _values[values + slot] = other is null ? ((DocsEnum)postings).Freq : other.GetScore();
            }

            _leafDocs[l] = doc;
        }
    }

    /// <summary>A node's score on the current document.</summary>
    private float Value(ScoreNode node, UInt128 marks)
    {
        if (node.Leaf >= 0)
        {
            var leaf = _leaves[node.Leaf];
            var value = _values[(node.Leaf * _window) + _slot];
            return leaf.Term is { } term ? term.Score(_doc, value) : value;
        }

        if (node.Sum is { } rule)
        {
            double total = 0;
            var matched = 0;
            foreach (var child in node.Children)
            {
                if (child.Matches(marks))
                {
                    total += Value(child, marks);
                    matched++;
                }
            }

            return rule.Combine(total, matched);
        }

        // As BestOfQuery's scorer: the clauses on the document in clause order.
        float best = 0, sum = 0;
        foreach (var child in node.Children)
        {
            if (child.Matches(marks))
            {
                var score = Value(child, marks);
                sum += score;
                best = Math.Max(best, score);
            }
        }

        return BestOfQuery.Combine(best, sum, node.TieBreaker);
    }
}
