using System.Globalization;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Evaluation;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// Our side of each comparison, through the product's own doors: generations built by its indexing, queries
/// ranked by its search service (analysis, synonyms, typo tolerance, fielded BM25), top 100, the URL read per
/// hit as the peer reads its id. Each pass is printed as the peer prints its own.
/// </summary>
public sealed class OurSide(Action<string> echo)
{
    /// <summary>Builds the collection <paramref name="passes"/> times, each into a fresh directory removed afterwards.</summary>
    public IReadOnlyList<IndexPass> IndexPasses(BeirDataset dataset, int passes, int? threads)
    {
        var results = new List<IndexPass>();
        for (var pass = 0; pass < passes; pass++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"hh-peer-{Guid.NewGuid():N}");
            var built = BeirEvaluator.BuildIndex(dataset, path, Stemmer.KStem, threads: threads);
            Directory.Delete(path, recursive: true);
            results.Add(new IndexPass(built.Documents, built.Elapsed.TotalSeconds, built.DocumentsPerSecond));
            echo(Line($"ours-index round={pass} threads={threads ?? Environment.ProcessorCount} docs={built.Documents} s={built.Elapsed.TotalSeconds:0.000} docs_per_s={built.DocumentsPerSecond:0}"));
        }

        return results;
    }

    /// <summary>
    /// What <c>beir ../shared/datasets/nfcorpus --tune dev</c> chose (2026-12-01: k1 1.2, b 0.75, title 1,
    /// tie-breaker 0.6), so that the nDCG@10 printed beside the speed is the evaluator's.
    /// </summary>
    public static RankingSettings NfcorpusRanking { get; } = BeirCommand.BaselineForCollections() with { TitleWeight = 1f, FieldTieBreaker = 0.6f };

    /// <summary>
    /// The split's judged queries, <paramref name="passes"/> times over one engine, ranked as the evaluator ranks
    /// them (the collection settings, tuned: any word may match, no typo expansion, no synonyms).
    /// </summary>
    public (IReadOnlyList<QueryPass> Passes, int Documents) QueryPasses(BeirDataset dataset, string split, string indexPath, int passes)
    {
        Reset(indexPath);
        BeirEvaluator.BuildIndex(dataset, indexPath, Stemmer.KStem);
        var results = new List<QueryPass>();
        int documents;
        using (var engine = BeirEvaluator.Open(indexPath, new BeirEvaluator.Setup(Stemmer.KStem, NfcorpusRanking)))
        {
            documents = engine.Status.DocumentCount;
            for (var pass = 0; pass < passes; pass++)
            {
                var scores = BeirEvaluator.Score(engine, dataset, split, SearchMode.Lexical);
                results.Add(new QueryPass(scores.Queries, scores.QueriesPerSecond, scores.Ndcg10));
                echo(Line($"ours-qps round={pass} queries={scores.Queries} qps={scores.QueriesPerSecond:0} ndcg@10={scores.Ndcg10:0.0000}"));
            }
        }

        Directory.Delete(indexPath, recursive: true);
        return (results, documents);
    }

    /// <summary>
    /// One build as shipped (one thread per core, the site's synonym phrases joined, no related lists, as the scale curve builds 100k), then each
    /// query class's latency after the probe's warm-up, with the site's synonyms and crisis phrases on, and each
    /// query's total hits.
    /// </summary>
    public OurScale Scale(IReadOnlyList<ContentItem> items, string indexPath, IReadOnlyList<PeerQueryClass> classes, int operations)
    {
        Reset(indexPath);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var store = new GenerationStore(indexPath);
        var generation = new GenerationBuilder(new IndexSettings { ComputeRelated = false }, synonymPhrases: SampleSite.SynonymPhrases()).Build(store, items, new GenerationOrigin($"peer comparison {items.Count}", 0), null, CancellationToken.None);
        store.SwitchTo(generation);
        var rate = items.Count / started.Elapsed.TotalSeconds;
        var bytes = generation.SizeInBytes();
        echo(Line($"ours-scale-build docs={items.Count} s={started.Elapsed.TotalSeconds:0.000} docs_per_s={rate:0} bytes={bytes}"));

        var options = new SearchOptions
        {
            IndexPath = indexPath,
            SynonymsPath = RepositoryPaths.Synonyms,
            CrisisPhrasesPath = RepositoryPaths.CrisisPhrases,
            CurationPath = Path.Combine(indexPath, "no-rules"),
            CachedAnswers = 0,
        };
        var latencies = new Dictionary<string, LatencyProbe.Figures>();
        var hits = new Dictionary<string, IReadOnlyList<int>>();
        int documents;
        using (var engine = SearchEngine.Create(options, writable: false))
        {
            engine.Index.Start();
            documents = engine.Status.DocumentCount;
            foreach (var kind in classes)
            {
                var figures = kind.MeasureRank(engine, operations);
                latencies[kind.Name] = figures;
                echo(Line($"ours {kind.Name} top100: n={figures.Operations} p50={figures.P50:0.000} p90={figures.P90:0.000} p99={figures.P99:0.000} max={figures.Max:0.000} mean={figures.Mean:0.000} ms gcs={figures.Collections}"));
                hits[kind.Name] = kind.Requests.Select(r => engine.Search.Search(r with { PageSize = 1 }).TotalHits).ToList();
            }
        }

        Directory.Delete(indexPath, recursive: true);
        return new OurScale(documents, rate, bytes, latencies, hits);
    }

    private static void Reset(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Our figures on one scale corpus: per query class, the percentiles and each query's total hits.</summary>
public sealed record OurScale(int Documents, double DocumentsPerSecond, long IndexBytes, IReadOnlyDictionary<string, LatencyProbe.Figures> Latencies, IReadOnlyDictionary<string, IReadOnlyList<int>> Hits);
