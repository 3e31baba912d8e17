namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// A scorer that can say, more cheaply than scoring, how high its score on the current document can be at most.
/// A collector that keeps the best hits skips scoring a document whose bound is below the worst hit it keeps: at
/// 100k items a common word matches most of them, and nearly all of those are matched only in the body, with a
/// bound far below the hits matched in a title (after Lucene's MaxScore, by Turtle and Flood).
/// </summary>
internal interface IScoreBound
{
    /// <summary>No less than the score on the current document; <see cref="float.PositiveInfinity"/> when not known.</summary>
    float ScoreBound();
}
