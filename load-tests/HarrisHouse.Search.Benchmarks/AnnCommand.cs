using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using Cloud.Unum.USearch;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>
/// The vector side at a million items: embedding a million texts is out of reach on two cores, so the
/// vectors are perturbed copies of the sample site's real ones. Exact search (what the service runs) is
/// compared with an approximate HNSW index (USearch): recall@10 against exact, and latency of both.
/// </summary>
[Description("Exact cosine search against USearch HNSW over synthetic vectors: recall@10 and latency.")]
public sealed class AnnCommand(IAnsiConsole console) : AsyncCommand<AnnCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--size <N>")]
        [DefaultValue(1_000_000)]
        public int Size { get; init; } = 1_000_000;

        [CommandOption("--queries <N>")]
        [DefaultValue(200)]
        public int Queries { get; init; } = 200;

        [CommandOption("--connectivity <M>")]
        [DefaultValue(16)]
        public int Connectivity { get; init; } = 16;

        [CommandOption("--expansion-add <EF>")]
        [DefaultValue(64)]
        public int ExpansionAdd { get; init; } = 64;

        [CommandOption("--expansion-search <EF>")]
        [DefaultValue("32,64,128")]
        public string ExpansionSearch { get; init; } = "32,64,128";

        [CommandOption("--noise <SIGMA>")]
        [Description("Gaussian noise per dimension added to a site vector before normalising (0.05: cosine ≈ 0.6 to its source).")]
        [DefaultValue(0.05)]
        public double Noise { get; init; } = 0.05;
    }

    private const int K = 10;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var site = await SiteVectorsAsync(cancellationToken);
        var dimensions = site[0].Length;
        console.MarkupLine($"{site.Count} real site vectors ({dimensions} dimensions); generating {settings.Size:N0} synthetic ones...");
        var random = new Random(20261125);
        var matrix = new float[(long)settings.Size * dimensions];
        for (var i = 0; i < settings.Size; i++)
        {
            Perturb(site[i % site.Count], settings.Noise, random, matrix.AsSpan(i * dimensions, dimensions));
        }

        var queries = Enumerable.Range(0, settings.Queries).Select(_ =>
        {
            var query = new float[dimensions];
            Perturb(site[random.Next(site.Count)], settings.Noise, random, query);
            return query;
        }).ToList();

        console.MarkupLine("Exact search (the service's path, TensorPrimitives dot products)...");
        var exactLatency = new List<double>();
        var truth = queries.Select(q =>
        {
            var started = Stopwatch.GetTimestamp();
            var top = ExactTop(matrix, dimensions, settings.Size, q);
            exactLatency.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return top;
        }).ToList();

        console.MarkupLine($"Building the HNSW index (M={settings.Connectivity}, efConstruction={settings.ExpansionAdd})...");
        using var index = new USearchIndex(MetricKind.Ip, ScalarKind.Float32, (ulong)dimensions, (ulong)settings.Connectivity, (ulong)settings.ExpansionAdd, 64, false);
        var build = Stopwatch.StartNew();
        Build(index, matrix, dimensions, settings.Size);
        build.Stop();
        var memory = NativeUSearch.MemoryUsage(index) / 1024.0 / 1024.0;

        var table = new Table().AddColumns("Search", "recall@10", "p50 ms", "p99 ms");
        table.AddRow("exact", "1.000", Percentile(exactLatency, 50), Percentile(exactLatency, 99));
        foreach (var ef in settings.ExpansionSearch.Split(',').Select(e => int.Parse(e, CultureInfo.InvariantCulture)))
        {
            NativeUSearch.SetSearchWidth(index, ef);
            var latency = new List<double>();
            var found = 0;
            for (var q = 0; q < queries.Count; q++)
            {
                var started = Stopwatch.GetTimestamp();
                index.Search(queries[q], K, out var keys, out _);
                latency.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                found += keys.Count(k => truth[q].Contains((int)k));
            }

            table.AddRow($"USearch HNSW ef={ef}", (found / (double)(K * queries.Count)).ToString("0.000", CultureInfo.InvariantCulture), Percentile(latency, 50), Percentile(latency, 99));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{settings.Size:N0} vectors; HNSW build {build.Elapsed.TotalSeconds:0} s ({settings.Size / build.Elapsed.TotalSeconds:N0} vectors/s); HNSW index memory {memory:N0} MB (the vectors alone: {matrix.Length * 4L / 1024 / 1024:N0} MB)"));
        return 0;
    }

    private static async Task<IReadOnlyList<float[]>> SiteVectorsAsync(CancellationToken cancellationToken)
    {
        var items = await SampleSite.ItemsAsync(cancellationToken);
        var settings = new SemanticSettings();
        var embedder = new ItemEmbedder(SemanticSite.Generator, new EmbeddingCache(SemanticSite.SharedCache, Embeddings.EmbeddingModel.MiniLm.Id), settings);
        return embedder.EmbedAll(items, null, cancellationToken).Select(v => v.Values[..v.Dimensions]).ToList();
    }

    private static void Perturb(float[] source, double sigma, Random random, Span<float> target)
    {
        for (var d = 0; d < source.Length; d++)
        {
            // Box-Muller: a normal deviate from two uniform ones.
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            target[d] = source[d] + (float)(sigma * gaussian);
        }

        var norm = TensorPrimitives.Norm(target);
        TensorPrimitives.Divide(target, norm, target);
    }

    private static HashSet<int> ExactTop(float[] matrix, int dimensions, int size, float[] query)
    {
        var best = new PriorityQueue<int, float>();
        for (var i = 0; i < size; i++)
        {
            var similarity = TensorPrimitives.Dot(matrix.AsSpan(i * dimensions, dimensions), query);
            if (best.Count < K)
            {
                best.Enqueue(i, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.DequeueEnqueue(i, similarity);
            }
        }

        return best.UnorderedItems.Select(e => e.Element).ToHashSet();
    }

    /// <summary>
    /// Adds every vector from both cores. The binding grows its capacity on each add, which is not safe from
    /// two threads, so the capacity for all of them is reserved natively first.
    /// </summary>
    private static void Build(USearchIndex index, float[] matrix, int dimensions, int size)
    {
        NativeUSearch.Reserve(index, size);
        Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            index.Add((ulong)i, matrix.AsSpan(i * dimensions, dimensions).ToArray()));
    }

    private static string Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var at = (int)Math.Clamp(Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1);
        return sorted[at].ToString("0.000", CultureInfo.InvariantCulture);
    }
}
