namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// A scorer made of BM25 terms under best-of nodes (and any other scorer among them), which can hand its parts to a
/// <see cref="WindowScorer"/>: before it has moved, and not to be used after.
/// </summary>
internal interface IScoreTree
{
    /// <summary>The scorer as a node, its parts added to <paramref name="leaves"/>; null when they are too many.</summary>
    ScoreNode? Node(List<WindowLeaf> leaves);
}
