namespace HarrisHouse.Search.Evaluation;

/// <summary>The measures BEIR reports, computed as trec_eval does (linear gains for nDCG).</summary>
public static class RankingMetrics
{
    /// <summary>nDCG@k with the judgment grade as the gain and log2(rank + 1) as the discount.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k = 10)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (judged.TryGetValue(ranked[i], out var gain))
            {
                dcg += gain / Math.Log2(i + 2);
            }
        }

        var ideal = judged.Values.OrderDescending().Take(k).Select((gain, i) => gain / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Share of the relevant documents found in the first <paramref name="k"/>.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k = 100) =>
        judged.Count == 0 ? 0 : ranked.Take(k).Count(judged.ContainsKey) / (double)judged.Count;

    /// <summary>1 / rank of the first relevant document within the first <paramref name="k"/>, else 0.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k = 10)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (judged.ContainsKey(ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }
}

public sealed record Scores(double Ndcg10, double Recall100, double Mrr10, int Queries, double QueriesPerSecond);
