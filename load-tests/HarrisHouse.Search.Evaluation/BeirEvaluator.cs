using System.Diagnostics;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Storage;
using Microsoft.Extensions.AI;

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

    /// <summary>
    /// Indexes the corpus; with an <paramref name="embedder"/>, every document is embedded (or taken from its cache)
    /// too. <paramref name="threads"/>: null for the product's default (one per core).
    /// </summary>
    internal static Built BuildIndex(BeirDataset dataset, string indexPath, Stemmer stemmer, bool computeRelated = false, ItemEmbedder? embedder = null, int? threads = null)
    {
        var items = dataset.Corpus.Select(BeirDataset.ToItem).ToList();
        var stopwatch = Stopwatch.StartNew();
        var store = new GenerationStore(indexPath);
        var settings = new IndexSettings { Stemmer = stemmer, ComputeRelated = computeRelated, IndexingThreads = threads };
        var generation = new GenerationBuilder(settings, embedder).Build(store, items, new GenerationOrigin(dataset.Name, 0), null, CancellationToken.None);
        store.SwitchTo(generation);
        return new Built(indexPath, items.Count, stopwatch.Elapsed);
    }

    /// <summary>What one evaluation runs: the ranking settings, the mode, and for semantic and hybrid the model and fusion settings.</summary>
    public sealed record Setup(Stemmer Stemmer, RankingSettings Ranking, SearchMode Mode = SearchMode.Lexical, IEmbeddingGenerator<string, Embedding<float>>? Generator = null, SemanticSettings? Semantic = null);

    public static Scores Evaluate(BeirDataset dataset, string indexPath, string split, Setup setup, int? maxQueries = null)
    {
        using var engine = Open(indexPath, setup);
        return Score(engine, dataset, split, setup.Mode, maxQueries);
    }

    /// <summary>The product's engine over a built index, as an evaluation searches it (no synonyms: a collection has its own words).</summary>
    public static SearchEngine Open(string indexPath, Setup setup)
    {
        var options = new SearchOptions
        {
            IndexPath = indexPath,
            SynonymsPath = Path.Combine(indexPath, "no-synonyms.txt"),
            Stemmer = setup.Stemmer,
            Ranking = setup.Ranking,
            Semantic = setup.Semantic ?? new SemanticSettings { Enabled = setup.Generator is not null },
        };
        var generator = setup.Mode == SearchMode.Lexical ? null : setup.Generator;
        var engine = SearchEngine.Create(options, writable: false, generator: generator);
        engine.Index.Start();
        return engine;
    }

    /// <summary>One pass over the split's judged queries: the scores, and queries per second on this thread.</summary>
    public static Scores Score(SearchEngine engine, BeirDataset dataset, string split, SearchMode mode, int? maxQueries = null)
    {
        var judgments = dataset.Judgments(split);
        var ids = dataset.Corpus.ToDictionary(d => BeirDataset.UrlOf(d.Id), d => d.Id, StringComparer.Ordinal);
        var queries = judgments.Keys.Where(dataset.Queries.ContainsKey).Order(StringComparer.Ordinal).Take(maxQueries ?? int.MaxValue).ToList();
        double ndcg = 0, recall = 0, mrr = 0;
        var stopwatch = Stopwatch.StartNew();
        foreach (var id in queries)
        {
            var ranked = Rank(engine, dataset.Queries[id], mode).Select(h => ids.GetValueOrDefault(h.Url, "")).ToList();
            var judged = judgments[id];
            ndcg += RankingMetrics.Ndcg(ranked, judged);
            recall += RankingMetrics.Recall(ranked, judged);
            mrr += RankingMetrics.ReciprocalRank(ranked, judged);
        }

        var n = Math.Max(1, queries.Count);
        return new Scores(ndcg / n, recall / n, mrr / n, queries.Count, queries.Count / stopwatch.Elapsed.TotalSeconds);
    }

    private static IReadOnlyList<RankedHit> Rank(SearchEngine engine, string text, SearchMode mode)
    {
        // The query as a person would submit it: complete (a trailing space, so no prefix completion).
        var query = text.Length > SearchLimits.MaxQueryLength - 1 ? text[..(SearchLimits.MaxQueryLength - 1)] : text;
        try
        {
            return engine.Search.Rank(new SearchRequest { Query = query + " ", Mode = mode }, 100);
        }
        catch (InvalidSearchRequestException)
        {
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SearchLimits.MaxQueryWords);
            return engine.Search.Rank(new SearchRequest { Query = string.Join(' ', words) + " ", Mode = mode }, 100);
        }
    }
}
