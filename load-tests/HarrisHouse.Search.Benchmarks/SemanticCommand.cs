using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks;

[Description("Hybrid beside lexical on the sample site: reindex cold and warm, in-process latency per mode, API ready time and memory with the model.")]
public sealed class SemanticCommand(IAnsiConsole console) : AsyncCommand<SemanticCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ops <N>")]
        [DefaultValue(1_000)]
        public int Operations { get; init; } = 1_000;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var work = new TemporaryDirectory("semantic-bench");
        var cache = work.Combine("embeddings");

        // Both with the model loaded; cold embeds every item into an empty cache, warm finds them all there.
        var options = SemanticSite.Options(work.Combine("index"), cachePath: cache);
        options.CachedAnswers = 0;
        options.Semantic = options.Semantic with { QueryCacheSize = 0 };
        using var engine = SearchEngine.Create(options, writable: true, generator: SemanticSite.Generator);
        var cold = Reindex(engine);
        var warm = Reindex(engine);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Sample site reindex with embeddings: cold {cold.Seconds:0.00} s ({cold.Embedded} texts embedded), warm {warm.Seconds:0.00} s ({warm.Embedded} embedded)"));

        engine.Index.Start();
        var figures = new List<LatencyProbe.Figures>();
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Hybrid, SearchMode.Semantic })
        {
            foreach (var (name, requests) in QueryClasses.All)
            {
                var moded = requests.Select(r => r with { Mode = mode }).ToArray();
                figures.Add(LatencyProbe.Measure($"{mode.ToString().ToLowerInvariant()}: {name}", settings.Operations / 5, settings.Operations, i => engine.Search.Search(moded[i % moded.Length])));
            }
        }

        console.WriteLine("In-process search latency, answer cache and query-embedding cache off (every query embedded):");
        console.WriteLine(MarkdownTable.Latencies(figures));

        console.WriteLine(await ApiFiguresAsync(work, cache));
        return 0;
    }

    private static (double Seconds, int Embedded) Reindex(SearchEngine engine)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = engine.ReindexAsync(new ReindexRequest(new MarkdownFolderSource(engine.Options.FullContentPath), "benchmark"))
            .GetAwaiter().GetResult();
        return (stopwatch.Elapsed.TotalSeconds, report.Generation!.Manifest.TextsEmbedded);
    }

    /// <summary>The API with the model: time to ready on a first start (building and embedding) and on a restart, and its memory after searches in every mode.</summary>
    private static async Task<string> ApiFiguresAsync(TemporaryDirectory work, string cache)
    {
        var configuration = new Dictionary<string, string>
        {
            ["Search:IndexPath"] = work.Combine("api-index"),
            ["Search:ContentPath"] = RepositoryPaths.Content,
            ["Search:SynonymsPath"] = RepositoryPaths.Synonyms,
            ["Search:CrisisPhrasesPath"] = RepositoryPaths.CrisisPhrases,
            ["Search:Semantic:Enabled"] = "true",
            ["Search:Semantic:CachePath"] = work.Combine("api-embeddings"),
            ["Logging:File:Path"] = work.Combine("logs", "api-.log"),
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
        };
        var lines = new List<string> { "| API with the model | Value |", "|---|---:|" };
        foreach (var start in new[] { "first start (builds the index, embeds every item)", "restart (index on disk)" })
        {
            var stopwatch = Stopwatch.StartNew();
            await using var api = await ApiProcess.StartAsync(configuration, work.Path);
            using var client = new HttpClient { BaseAddress = api.BaseAddress };
            await WaitReadyAsync(client);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| ready time, {start} | {stopwatch.Elapsed.TotalSeconds:0.0} s |"));
            if (start.StartsWith("restart", StringComparison.Ordinal))
            {
                foreach (var mode in new[] { "lexical", "hybrid", "semantic" })
                {
                    foreach (var (_, requests) in QueryClasses.All)
                    {
                        foreach (var request in requests)
                        {
                            await client.GetAsync($"/api/search?q={Uri.EscapeDataString(request.Query)}&mode={mode}");
                        }
                    }
                }

                var (rss, peak) = ProcessMemory.Read(api.ProcessId);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"| resident memory after searches in every mode | {rss:N0} MB |"));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"| peak resident memory | {peak:N0} MB |"));
            }

            await api.StopGracefullyAsync();
        }

        return string.Join('\n', lines);
    }

    private static async Task WaitReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<Ready>())?.Status == "Healthy")
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the API did not become ready with the model within five minutes");
    }

    private sealed record Ready(string Status);
}
