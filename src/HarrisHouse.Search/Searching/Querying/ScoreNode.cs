using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>A leaf (by its index among the leaves), a best-of node over children, or a sum of them (<see cref="SumRule"/>).</summary>
internal sealed class ScoreNode
{
    private ScoreNode(int leaf, float tieBreaker, ScoreNode[] children, UInt128 mask, SumRule? sum)
    {
        Leaf = leaf;
        TieBreaker = tieBreaker;
        Children = children;
        Mask = mask;
        Sum = sum;
        MatchesAnyLeaf = (sum is null || (!sum.Required.Contains(true) && sum.MinimumOptional <= 1)) && children.All(c => c.MatchesAnyLeaf);
    }

    /// <summary>The leaf's index, or -1 for a best-of or sum node.</summary>
    public int Leaf { get; }

    public float TieBreaker { get; }

    public ScoreNode[] Children { get; }

    /// <summary>One bit per leaf under this node.</summary>
    public UInt128 Mask { get; }

    /// <summary>How a sum node's children combine; null for a leaf or a best-of node.</summary>
    public SumRule? Sum { get; }

    /// <summary>Whether the node matches a document wherever any of its leaves does: no sum node in it asks for more than one clause.</summary>
    public bool MatchesAnyLeaf { get; }

    /// <summary>Whether <paramref name="leaf"/> is under this node.</summary>
    public bool Has(int leaf) => (Mask & (UInt128.One << leaf)) != UInt128.Zero;

    /// <summary>Whether the node matches a document with the leaves in <paramref name="marks"/>.</summary>
    public bool Matches(UInt128 marks)
    {
        if ((Mask & marks) == UInt128.Zero)
        {
            return false;
        }

        if (MatchesAnyLeaf)
        {
            return true;
        }

        if (Sum is not { } sum)
        {
            foreach (var child in Children)
            {
                if (child.Matches(marks))
                {
                    return true;
                }
            }

            return false;
        }

        var optional = 0;
        for (var i = 0; i < Children.Length; i++)
        {
            var matches = Children[i].Matches(marks);
            if (sum.Required[i] && !matches)
            {
                return false;
            }

            optional += matches && !sum.Required[i] ? 1 : 0;
        }

        return optional >= sum.MinimumOptional;
    }

    /// <summary>
    /// <paramref name="scorer"/> as a node: its own tree if it has one (<see cref="IScoreTree"/>, a boolean query's
    /// <see cref="SumRule"/>), else, or when the tree's parts do not fit in <paramref name="leaves"/>, a leaf of its
    /// own. Null when even that does not fit, or the scorer has moved.
    /// </summary>
    public static ScoreNode? Of(Scorer scorer, List<WindowLeaf> leaves)
    {
        var before = leaves.Count;
        var tree = scorer is IScoreTree own ? own.Node(leaves) : SumRule.Node(scorer, leaves);
        if (tree is not null)
        {
            return tree;
        }

        leaves.RemoveRange(before, leaves.Count - before);
        return Added(leaves, WindowLeaf.OfOther(scorer));
    }

    /// <summary>Each of <paramref name="scorers"/> as a node (<see cref="Of"/>); null when one does not fit.</summary>
    public static ScoreNode[]? OfEach(IReadOnlyList<Scorer> scorers, List<WindowLeaf> leaves)
    {
        var nodes = new ScoreNode[scorers.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            if (Of(scorers[i], leaves) is not { } node)
            {
                return null;
            }

            nodes[i] = node;
        }

        return nodes;
    }

    /// <summary><paramref name="leaf"/> added to <paramref name="leaves"/>, as a node; null when they are full or its postings have moved.</summary>
    public static ScoreNode? Added(List<WindowLeaf> leaves, WindowLeaf leaf)
    {
        if (leaves.Count == WindowScorer.MostLeaves || leaf.Postings.DocID != -1)
        {
            return null;
        }

        leaves.Add(leaf);
        var index = leaves.Count - 1;
        return new(index, 0, [], UInt128.One << index, null);
    }

    public static ScoreNode BestOf(float tieBreaker, ScoreNode[] children) => new(-1, tieBreaker, children, MaskOf(children), null);

    public static ScoreNode SumOf(SumRule rule, ScoreNode[] children) => new(-1, 0, children, MaskOf(children), rule);

    private static UInt128 MaskOf(ScoreNode[] children) => children.Aggregate(UInt128.Zero, (mask, child) => mask | child.Mask);
}
