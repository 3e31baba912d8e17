using System.Diagnostics;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Evaluation;

/// <summary>
/// Indexes a BEIR corpus with the product's own indexing and ranks its queries with the product's own query
/// path (as typed in the search box, complete), then scores the rankings against the judgments.
/// </summary>
public static class BeirEvaluator
{
    public sealed record Built(string IndexPath, int Documents, TimeSpan Elapsed)
    {
        public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;
    }

    public static Built BuildIndex(BeirDataset dataset, string indexPath, Stemmer stemmer, bool computeRelated = false)
    {
        var items = dataset.Corpus.Select(BeirDataset.ToItem).ToList();
        var stopwatch = Stopwatch.StartNew();
        var store = new GenerationStore(indexPath);
        var settings = new IndexSettings { Stemmer = stemmer, ComputeRelated = computeRelated };
        var generation = new GenerationBuilder(settings).Build(store, items, new GenerationOrigin(dataset.Name, 0), null, CancellationToken.None);
        store.SwitchTo(generation);
        return new Built(indexPath, items.Count, stopwatch.Elapsed);
    }

    public static Scores Evaluate(BeirDataset dataset, string indexPath, string split, Stemmer stemmer, RankingSettings ranking, int? maxQueries = null)
    {
        var judgments = dataset.Judgments(split);
        var ids = dataset.Corpus.ToDictionary(d => BeirDataset.UrlOf(d.Id), d => d.Id, StringComparer.Ordinal);
        var options = new SearchOptions { IndexPath = indexPath, SynonymsPath = Path.Combine(indexPath, "no-synonyms.txt"), Stemmer = stemmer, Ranking = ranking };
        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();

        var queries = judgments.Keys.Where(dataset.Queries.ContainsKey).Order(StringComparer.Ordinal).Take(maxQueries ?? int.MaxValue).ToList();
        double ndcg = 0, recall = 0, mrr = 0;
        var stopwatch = Stopwatch.StartNew();
        foreach (var id in queries)
        {
            var ranked = Rank(engine, dataset.Queries[id]).Select(h => ids.GetValueOrDefault(h.Url, "")).ToList();
            var judged = judgments[id];
            ndcg += RankingMetrics.Ndcg(ranked, judged);
            recall += RankingMetrics.Recall(ranked, judged);
            mrr += RankingMetrics.ReciprocalRank(ranked, judged);
        }

        var n = Math.Max(1, queries.Count);
        return new Scores(ndcg / n, recall / n, mrr / n, queries.Count, queries.Count / stopwatch.Elapsed.TotalSeconds);
    }

    private static IReadOnlyList<RankedHit> Rank(SearchEngine engine, string text)
    {
        // The query as a person would submit it: complete (a trailing space, so no prefix completion).
        var query = text.Length > SearchLimits.MaxQueryLength - 1 ? text[..(SearchLimits.MaxQueryLength - 1)] : text;
        try
        {
            return engine.Search.Rank(new SearchRequest { Query = query + " " }, 100);
        }
        catch (InvalidSearchRequestException)
        {
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SearchLimits.MaxQueryWords);
            return engine.Search.Rank(new SearchRequest { Query = string.Join(' ', words) + " " }, 100);
        }
    }
}
