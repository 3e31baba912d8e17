namespace HarrisHouse.Search.Searching.Hybrid;

/// <summary>
/// Reciprocal-rank fusion: each ranking gives a document weight / (k + rank); the sums decide. Rankings of
/// different natures (BM25 scores, cosine similarities) fuse without calibrating their scores.
/// </summary>
internal static class ReciprocalRankFusion
{
    public static IReadOnlyList<(int Doc, double Score)> Fuse(int k, params (IReadOnlyList<int> Ranking, double Weight)[] rankings)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + (weight / (k + rank + 1));
            }
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => (s.Key, s.Value)).ToList();
    }
}
