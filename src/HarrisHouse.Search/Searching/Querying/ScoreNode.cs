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

    public static ScoreNode OfLeaf(int leaf) => new(leaf, 0, [], 1UL << leaf);

    /// <summary>
    /// <paramref name="scorer"/> as a node: its own tree if it has one, else a leaf of its own (null when
    /// <paramref name="leaves"/> are full or the scorer has moved).
    /// </summary>
    public static ScoreNode? Of(Scorer scorer, List<WindowLeaf> leaves)
    {
        if (scorer is IScoreTree tree)
        {
            return tree.Node(leaves);
        }

        if (leaves.Count == WindowScorer.MostLeaves || scorer.DocID != -1)
        {
            return null;
        }

        leaves.Add(WindowLeaf.OfOther(scorer));
        return OfLeaf(leaves.Count - 1);
    }

    public static ScoreNode BestOf(float tieBreaker, ScoreNode[] children) =>
        new(-1, tieBreaker, children, children.Aggregate(0UL, (mask, child) => mask | child.Mask));
}
