using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using HarrisHouse.Search.Evaluation;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks.Peer;

[Description("Ours against Java Lucene 4.10 on the same data, back to back: indexing, index size, queries/s and latency at scale, as ours / peer / ratio.")]
public sealed class PeerCommand(IAnsiConsole console) : AsyncCommand<PeerCommand.Settings>
{
    public sealed class Settings : PeerSourceSettings
    {
        [CommandOption("--datasets <DIR>")]
        [Description("The folder holding nfcorpus/ in the BEIR layout.")]
        [DefaultValue("../shared/datasets")]
        public string Datasets { get; init; } = "../shared/datasets";

        [CommandOption("--size <N>")]
        [Description("Documents in each scale corpus (default 100,000; --quick: 10,000).")]
        public int? Size { get; init; }

        [CommandOption("--passes <N>")]
        [Description("Indexing builds and query passes per side; the second half is steady state (default 40; --quick: 10).")]
        public int? Passes { get; init; }

        [CommandOption("--ops <N>")]
        [Description("Timed searches per query class at scale, after a 3 s warm-up (default 2,000; --quick: 300).")]
        public int? Operations { get; init; }

        [CommandOption("--work <DIR>")]
        [Description("The peer's classes, the data both sides read, and the indexes while they are measured.")]
        [DefaultValue("artifacts/peer")]
        public string Work { get; init; } = "artifacts/peer";

        [CommandOption("--only <SECTION>")]
        [Description("Only these sections, comma-separated: indexing (NFCorpus builds), queries (NFCorpus test queries), zipf (the synthetic corpus at scale), site (the site-like corpus at scale). Default: all.")]
        public string? Only { get; init; }

        [CommandOption("--quick")]
        [Description("A small run for development: 10k documents, 10 passes, 300 searches per class.")]
        public bool Quick { get; init; }

        public int EffectiveSize => Size ?? (Quick ? 10_000 : 100_000);
        public int EffectivePasses => Passes ?? (Quick ? 10 : 40);
        public int EffectiveOperations => Operations ?? (Quick ? 300 : 2_000);

        public static IReadOnlyList<string> Sections { get; } = ["indexing", "queries", "zipf", "site"];

        public IReadOnlyList<string> SectionsRun =>
            Only is null ? Sections : [.. Only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant())];

        public bool Runs(string section) => SectionsRun.Contains(section);

        public override ValidationResult Validate() =>
            SectionsRun.Count == 0 || SectionsRun.Except(Sections).Any() ? ValidationResult.Error($"--only takes sections among {string.Join(", ", Sections)}")
            : EffectiveSize < 1_000 ? ValidationResult.Error("--size must be at least 1,000")
            : EffectivePasses < 2 ? ValidationResult.Error("--passes must be at least 2 (the second half is the steady state)")
            : EffectiveOperations < 100 ? ValidationResult.Error("--ops must be at least 100 (for a p99)")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Wide enough that a table row or a peer's line is never wrapped when the output goes to a file.
        console.Profile.Width = Math.Max(console.Profile.Width, 400);
        try
        {
            var results = await RunAsync(settings, cancellationToken);
            console.WriteLine();
            console.WriteLine(PeerReport.Passes(results));
            console.WriteLine(PeerReport.Table(results));
            console.WriteLine(PeerReport.Checks(results));
            console.WriteLine($"Load average at the end: {LoadAverage()}");
            return 0;
        }
        catch (PeerUnavailableException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
    }

    /// <summary>Each measure on our side, then the same on the peer's: back to back, never at the same time.</summary>
    private async Task<PeerResults> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var (size, passes, operations) = (settings.EffectiveSize, settings.EffectivePasses, settings.EffectiveOperations);
        var work = Path.GetFullPath(settings.Work);
        var peers = Path.GetFullPath(settings.Peers);
        var datasets = Path.GetFullPath(settings.Datasets);
        Directory.CreateDirectory(work);
        var started = Stopwatch.StartNew();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peer comparison {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {size:N0} documents at scale, {passes} passes, sections {string.Join(", ", settings.SectionsRun)} ({SteadyState.Window(passes)}), {operations:N0} searches per class; {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}"));

        Stage("Preparing the peer and the data");
        var java = await JavaPeer.BuildAsync(peers, Path.GetFullPath(settings.Jars), Path.Combine(work, "classes"), Echo, cancellationToken);
        var nfcorpusTsv = settings.Runs("indexing") || settings.Runs("queries") ? await PeerData.NfcorpusAsync(peers, datasets, Path.Combine(work, "nfcorpus"), Echo, cancellationToken) : null;
        var synthetic = settings.Runs("zipf") ? await PeerData.SyntheticAsync(peers, size, Path.Combine(work, $"synthetic-{size}"), Echo, cancellationToken) : null;
        var nfcorpus = nfcorpusTsv is null ? null : BeirDataset.Load(Path.Combine(datasets, "nfcorpus"));
        var ours = new OurSide(Echo);

        NfcorpusIndexing? indexing = null;
        if (settings.Runs("indexing"))
        {
            Stage("NFCorpus indexing, one thread each");
            var oursOneThread = ours.IndexPasses(nfcorpus!, passes, threads: 1);
            var peerIndex = await java.IndexAsync(nfcorpusTsv!, passes, 1, cancellationToken);
            Stage($"NFCorpus indexing as shipped: ours on {Environment.ProcessorCount} threads");
            var oursShipped = ours.IndexPasses(nfcorpus!, passes, threads: null);
            indexing = new NfcorpusIndexing(oursOneThread, oursShipped, peerIndex);
        }

        NfcorpusQueries? queries = null;
        if (settings.Runs("queries"))
        {
            Stage("NFCorpus test queries, one thread, top 100");
            var (oursQueries, oursDocuments) = ours.QueryPasses(nfcorpus!, "test", Path.Combine(work, "ours-nfcorpus"), passes);
            var peerQueries = await java.QueryAsync(nfcorpusTsv!, "test", passes, cancellationToken);
            queries = new NfcorpusQueries(oursQueries, oursDocuments, peerQueries);
        }

        var label = $"{size / 1000:N0}k";
        ScaleComparison? zipf = null;
        if (synthetic is not null)
        {
            Stage($"{label} synthetic (the peer's Zipf corpus)");
            zipf = await ScaleAsync($"{label} synthetic", synthetic, Path.Combine(synthetic, "queries-scale.tsv"), PeerQueries.Zipf(Path.Combine(synthetic, "queries-scale.tsv")), () => BeirDataset.Load(synthetic).Corpus.Select(BeirDataset.ToItem).ToList());
        }

        ScaleComparison? siteLike = null;
        if (settings.Runs("site"))
        {
            Stage($"{label} site-like (the scale curve's corpus)");
            var site = Path.Combine(work, $"site-{size}");
            var siteClasses = PeerQueries.SiteLike();
            var sample = await SampleSite.ItemsAsync(cancellationToken);
            var siteQueries = SiteCorpusExport.Write(new SyntheticCorpus(sample).Generate(size), siteClasses, site);
            siteLike = await ScaleAsync($"{label} site-like", site, siteQueries, siteClasses, () => new SyntheticCorpus(sample).Generate(size).ToList());
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Measured in {started.Elapsed.TotalMinutes:0.0} minutes."));
        return new PeerResults(size, passes, indexing, queries, zipf, siteLike);

        async Task<ScaleComparison> ScaleAsync(string name, string directory, string queries, IReadOnlyList<PeerQueryClass> classes, Func<List<Content.ContentItem>> items)
        {
            // Ours first, and its items and index gone before the peer's JVM starts.
            var ourScale = ours.Scale(items(), Path.Combine(work, "ours-index"), classes, operations);
            GC.Collect();
            var peerScale = await java.ScaleAsync(directory, queries, operations, Path.Combine(work, "peer-index"), cancellationToken);
            return new ScaleComparison(name, classes, ourScale, peerScale);
        }
    }

    private void Stage(string name) => console.MarkupLine($"\n[bold]{Markup.Escape(name)}[/]");

    private void Echo(string line) => console.WriteLine(line);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
