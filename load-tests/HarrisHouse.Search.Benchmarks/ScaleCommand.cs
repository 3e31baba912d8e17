using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using HarrisHouse.Search.Benchmarks.Peer;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks;

[Description("The scale curve: synthetic corpora of growing size, their build time, size, latencies and API memory.")]
public sealed class ScaleCommand(IAnsiConsole console) : AsyncCommand<ScaleCommand.Settings>
{
    public sealed class Settings : PeerSourceSettings
    {
        [CommandOption("--sizes <LIST>")]
        [DefaultValue("10000,100000,1000000")]
        public string Sizes { get; init; } = "10000,100000,1000000";

        [CommandOption("--related-up-to <N>")]
        [Description("Compute related lists for corpora up to this size (their cost grows with size times candidates).")]
        [DefaultValue(10_000)]
        public int RelatedUpTo { get; init; } = 10_000;

        [CommandOption("--ops <N>")]
        [DefaultValue(1_000)]
        public int Operations { get; init; } = 1_000;

        [CommandOption("--work <DIR>")]
        [Description("Where to build the indexes (default: a temporary directory, removed afterwards).")]
        public string? Work { get; init; }

        [CommandOption("--peer")]
        [Description("Also build and search each corpus with Java Lucene 4.10 (see `peer`), and print ours beside it.")]
        public bool Peer { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Wide enough that a table row is never wrapped when the output goes to a file.
        console.Profile.Width = Math.Max(console.Profile.Width, 400);
        var sample = await SampleSite.ItemsAsync(cancellationToken);
        var corpus = new SyntheticCorpus(sample);
        using var temporary = new TemporaryDirectory("scale");
        var work = settings.Work ?? temporary.Path;
        ScalePeerColumns? peer = null;
        if (settings.Peer)
        {
            try
            {
                var java = await JavaPeer.BuildAsync(Path.GetFullPath(settings.Peers), Path.GetFullPath(settings.Jars), Path.Combine(work, "peer-classes"), console.WriteLine, cancellationToken);
                peer = new ScalePeerColumns(java, work, settings.Operations);
            }
            catch (PeerUnavailableException e)
            {
                console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return 1;
            }
        }

        var rows = new StringBuilder("| Items | Build s | Docs/s | Related lists | Index size | Open s | First search ms | API RSS MB | API peak MB |" + string.Join("", QueryClasses.All.Keys.Select(k => $" {k} p50/p99 ms |")) + " suggest p50/p99 ms | related p50/p99 ms |\n");
        rows.AppendLine("|---:|---:|---:|---|---:|---:|---:|---:|---:|" + string.Concat(Enumerable.Repeat("---:|", QueryClasses.All.Count + 2)));

        foreach (var size in settings.Sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            console.MarkupLine($"[bold]{size:N0} items[/]: generating...");
            var items = corpus.Generate(size).ToList();
            var indexPath = Path.Combine(work, $"scale-{size}");
            var related = size <= settings.RelatedUpTo;
            console.MarkupLine($"  indexing{(related ? " with related lists" : "")}...");
            var stopwatch = Stopwatch.StartNew();
            var store = new GenerationStore(indexPath);
            var generation = new GenerationBuilder(new IndexSettings { ComputeRelated = related }, synonymPhrases: SampleSite.SynonymPhrases()).Build(store, items, new GenerationOrigin($"synthetic {size}", 0), null, cancellationToken);
            store.SwitchTo(generation);
            var build = stopwatch.Elapsed;
            var bytes = generation.SizeInBytes();
            var urls = items.Select(i => i.Url).Where((_, i) => i % Math.Max(1, size / 2_000) == 0).ToList();
            items.Clear();
            GC.Collect();

            console.MarkupLine("  measuring in-process latencies...");
            IReadOnlyList<LatencyProbe.Figures> figures;
            IReadOnlyList<LatencyProbe.Figures> ranked = [];
            TimeSpan open, firstSearch;
            var options = new SearchOptions { IndexPath = indexPath, SynonymsPath = RepositoryPaths.Synonyms, CrisisPhrasesPath = RepositoryPaths.CrisisPhrases, CachedAnswers = 0 };
            using (var engine = SearchEngine.Create(options, writable: false))
            {
                // Opening includes readying the searcher (WarmingSearcherFactory); the first search shows what a
                // visitor waits for just after a generation is served (at the first size, the code's first run too).
                var opening = Stopwatch.StartNew();
                engine.Index.Start();
                open = opening.Elapsed;
                opening.Restart();
                engine.Search.Search(QueryClasses.All["one word"][0]);
                firstSearch = opening.Elapsed;
                figures = EngineProbe.Run(engine, Math.Max(100, settings.Operations * 10_000 / Math.Max(10_000, size)), urls);
                ranked = peer?.MeasureOurs(engine) ?? [];
            }

            console.MarkupLine("  measuring the API's memory...");
            var (rss, peak) = await ApiMemoryAsync(options, work);
            rows.Append(CultureInfo.InvariantCulture, $"| {size:N0} | {build.TotalSeconds:0.0} | {size / build.TotalSeconds:N0} | {(related ? "computed" : "not computed")} | {bytes / 1024.0 / 1024.0:N0} MB | {open.TotalSeconds:0.0} | {firstSearch.TotalMilliseconds:N0} | {rss:N0} | {peak:N0} |");
            foreach (var f in figures.Where(f => f.Name.StartsWith("search: ", StringComparison.Ordinal) || f.Name.StartsWith("suggest", StringComparison.Ordinal) || f.Name.StartsWith("related", StringComparison.Ordinal)))
            {
                rows.Append(CultureInfo.InvariantCulture, $" {f.P50:0.00} / {f.P99:0.00} |");
            }

            rows.AppendLine();
            console.WriteLine(MarkdownTable.Latencies(figures));
            if (settings.Work is null)
            {
                Directory.Delete(indexPath, recursive: true);
            }

            if (peer is not null)
            {
                console.MarkupLine("  the peer on the same items...");
                await peer.AddAsync(corpus.Generate(size), size, size / build.TotalSeconds, bytes, rss, ranked, cancellationToken);
            }
        }

        console.WriteLine(rows.ToString());
        if (peer is not null)
        {
            console.WriteLine(peer.ToString());
        }
        return 0;
    }

    /// <summary>Starts the API over the index, warms it with searches, and reads its resident and peak memory.</summary>
    private static async Task<(double RssMb, double PeakMb)> ApiMemoryAsync(SearchOptions options, string work)
    {
        await using var api = await ApiProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Search:IndexPath"] = options.IndexPath,
                ["Search:SynonymsPath"] = options.SynonymsPath,
                ["Search:CrisisPhrasesPath"] = options.CrisisPhrasesPath,
                ["Logging:File:Path"] = Path.Combine(work, "logs", "api-.log"),
                ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            },
            work);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        foreach (var (_, requests) in QueryClasses.All)
        {
            foreach (var request in requests)
            {
                await client.GetAsync($"/api/search?q={Uri.EscapeDataString(request.Query)}");
            }
        }

        return ProcessMemory.Read(api.ProcessId);
    }
}

public static class ProcessMemory
{
    /// <summary>Resident and peak resident memory of a process, in MB, from /proc/PID/status.</summary>
    public static (double RssMb, double PeakMb) Read(int processId)
    {
        var lines = File.ReadAllLines($"/proc/{processId}/status");
        double Kb(string key) => double.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return (Kb("VmRSS") / 1024, Kb("VmHWM") / 1024);
    }
}
