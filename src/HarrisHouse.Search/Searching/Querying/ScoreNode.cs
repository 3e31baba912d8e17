using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>A leaf (by its index among the leaves) or a best-of node over children.</summary>
internal sealed class ScoreNode
{
    private ScoreNode(int leaf, float tieBreaker, ScoreNode[] children, ulong mask)
    {
        Leaf = leaf;
        TieBreaker = tieBreaker;
        Children = children;
        Mask = mask;
    }

    /// <summary>The leaf's index, or -1 for a best-of node.</summary>
    public int Leaf { get; }

    public float TieBreaker { get; }

    public ScoreNode[] Children { get; }

    /// <summary>One bit per leaf under this node: the node matches a document where any of them does.</summary>
    public ulong Mask { get; }

    /// <summary>
    /// <paramref name="scorer"/> as a node: its own tree if it has one, else a leaf of its own (null when
    /// <paramref name="leaves"/> are full or the scorer has moved).
    /// </summary>
    public static ScoreNode? Of(Scorer scorer, List<WindowLeaf> leaves) =>
        scorer is IScoreTree tree ? tree.Node(leaves) : Added(leaves, WindowLeaf.OfOther(scorer));

    /// <summary><paramref name="leaf"/> added to <paramref name="leaves"/>, as a node; null when they are full or its postings have moved.</summary>
    public static ScoreNode? Added(List<WindowLeaf> leaves, WindowLeaf leaf)
    {
        if (leaves.Count == WindowScorer.MostLeaves || leaf.Postings.DocID != -1)
        {
            return null;
        }

        leaves.Add(leaf);
        var index = leaves.Count - 1;
        return new(index, 0, [], 1UL << index);
    }

    public static ScoreNode BestOf(float tieBreaker, ScoreNode[] children) =>
        new(-1, tieBreaker, children, children.Aggregate(0UL, (mask, child) => mask | child.Mask));
}
