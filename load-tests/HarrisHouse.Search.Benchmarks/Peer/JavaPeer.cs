using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// Java Lucene 4.10 as the peer: compiles the shared LucenePeer.java once, runs its modes one process at a time
/// and reads back what it prints. Every line it prints is echoed, so a run's log holds the peer's own figures.
/// </summary>
public sealed partial class JavaPeer
{
    public const string InstallHint = "apt-get install -y liblucene4.10-java default-jdk-headless";

    private static readonly string[] Jars = ["lucene-core-4.10.4.jar", "lucene-analyzers-common-4.10.4.jar", "lucene-queryparser-4.10.4.jar"];

    private readonly string _classPath;
    private readonly Action<string> _echo;

    private JavaPeer(string classPath, Action<string> echo)
    {
        _classPath = classPath;
        _echo = echo;
    }

    /// <summary>Finds java, javac and the Lucene jars, and compiles the peer into <paramref name="classes"/>.</summary>
    public static async Task<JavaPeer> BuildAsync(string peersDirectory, string jarsDirectory, string classes, Action<string> echo, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var tool in new[] { "java", "javac" })
        {
            if (FindOnPath(tool) is null)
            {
                missing.Add($"'{tool}' is not on PATH");
            }
        }

        missing.AddRange(Jars.Where(j => !File.Exists(Path.Combine(jarsDirectory, j))).Select(j => $"{Path.Combine(jarsDirectory, j)} does not exist"));
        var source = Path.Combine(peersDirectory, "LucenePeer.java");
        if (!File.Exists(source))
        {
            throw new PeerUnavailableException($"{source} does not exist (--peers names the folder with LucenePeer.java).");
        }

        if (missing.Count > 0)
        {
            throw new PeerUnavailableException($"The Java peer cannot run: {string.Join("; ", missing)}. Install it with: {InstallHint}");
        }

        Directory.CreateDirectory(classes);
        var libraries = string.Join(':', Jars.Select(j => Path.Combine(jarsDirectory, j)));
        var peer = new JavaPeer($"{classes}:{libraries}", echo);
        await peer.RunAsync("javac", ["-nowarn", "-cp", libraries, "-d", classes, source], cancellationToken);
        return peer;
    }

    /// <summary><c>index DIR ROUNDS THREADS</c>: one build of corpus.tsv per round.</summary>
    public async Task<IReadOnlyList<IndexPass>> IndexAsync(string dataDirectory, int passes, int threads, CancellationToken cancellationToken)
    {
        var lines = await JavaAsync(["index", dataDirectory, Text(passes), Text(threads)], cancellationToken);
        return lines.Select(l => IndexLine().Match(l)).Where(m => m.Success)
            .Select(m => new IndexPass(Int(m, "docs"), Double(m, "seconds"), Double(m, "rate")))
            .ToList();
    }

    /// <summary><c>query DIR SPLIT ROUNDS</c>: the split's queries, top 100, the id read per hit, once per round.</summary>
    public async Task<IReadOnlyList<QueryPass>> QueryAsync(string dataDirectory, string split, int passes, CancellationToken cancellationToken)
    {
        var lines = await JavaAsync(["query", dataDirectory, split, Text(passes)], cancellationToken);
        return lines.Select(l => QueryLine().Match(l)).Where(m => m.Success)
            .Select(m => new QueryPass(Int(m, "queries"), Double(m, "rate"), Double(m, "ndcg")))
            .ToList();
    }

    /// <summary>
    /// <c>scale DIR QUERIES OPS INDEXDIR</c>: one build (its size), then latency percentiles per query class
    /// after a 3 s warm-up, and the hits of each query. The index directory is emptied first: the peer's
    /// writer appends to an index it finds there.
    /// </summary>
    public async Task<ScaleRun> ScaleAsync(string dataDirectory, string queries, int operations, string indexDirectory, CancellationToken cancellationToken)
    {
        if (Directory.Exists(indexDirectory))
        {
            Directory.Delete(indexDirectory, recursive: true);
        }

        var lines = await JavaAsync(["scale", dataDirectory, queries, Text(operations), indexDirectory], cancellationToken);
        Directory.Delete(indexDirectory, recursive: true);
        var build = lines.Select(l => ScaleBuildLine().Match(l)).First(m => m.Success);
        var latencies = lines.Select(l => LatencyLine().Match(l)).Where(m => m.Success)
            .Select(m => new PeerLatency(m.Groups["store"].Value, m.Groups["name"].Value, Int(m, "top"), Double(m, "p50"), Double(m, "p99")))
            .ToList();
        var hits = lines.Select(l => HitsLine().Match(l)).Where(m => m.Success)
            .Select(m => new PeerHits(m.Groups["kind"].Value, m.Groups["query"].Value, Int(m, "total")))
            .ToList();
        return new ScaleRun(Int(build, "docs"), Double(build, "rate"), long.Parse(build.Groups["bytes"].Value, CultureInfo.InvariantCulture), latencies, hits);
    }

    // The JVM formats numbers in its default locale; pinned to English so that decimals come with a point.
    private Task<IReadOnlyList<string>> JavaAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync("java", ["-Duser.language=en", "-Duser.country=US", "-cp", _classPath, "LucenePeer", .. arguments], cancellationToken);

    private async Task<IReadOnlyList<string>> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _echo($"$ {program} {string.Join(' ', arguments)}");
        using var process = Process.Start(start) ?? throw new PeerUnavailableException($"Could not start {program}.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            _echo(line);
            lines.Add(line);
        }

        await process.WaitForExitAsync(cancellationToken);
        var error = await errors;
        if (process.ExitCode != 0)
        {
            throw new PeerUnavailableException($"{program} exited with {process.ExitCode}:\n{error}");
        }

        return lines;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program))
            .FirstOrDefault(File.Exists);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static double Double(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^java-index round=\d+ threads=\d+ docs=(?<docs>\d+) s=(?<seconds>[\d.]+) docs_per_s=(?<rate>[\d.]+)")]
    private static partial Regex IndexLine();

    [GeneratedRegex(@"^java-qps round=\d+ queries=(?<queries>\d+) qps=(?<rate>[\d.]+) ndcg@10=(?<ndcg>[\d.]+)")]
    private static partial Regex QueryLine();

    [GeneratedRegex(@"^java-scale-build docs=(?<docs>\d+) s=[\d.]+ docs_per_s=(?<rate>[\d.]+) bytes=(?<bytes>\d+)")]
    private static partial Regex ScaleBuildLine();

    [GeneratedRegex(@"^java-(?<store>mmap|niofs) (?<name>\S+) top(?<top>\d+): n=\d+ p50=(?<p50>[\d.]+) p90=[\d.]+ p99=(?<p99>[\d.]+)")]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"^  hits (?<kind>\S+) (?<query>.*) total=(?<total>\d+)$")]
    private static partial Regex HitsLine();
}

public sealed record IndexPass(int Documents, double Seconds, double DocumentsPerSecond);

public sealed record QueryPass(int Queries, double QueriesPerSecond, double Ndcg10);

/// <summary>One class's percentiles: <paramref name="Store"/> mmap or niofs, <paramref name="Name"/> as "one", "two-AND", "phrase".</summary>
public sealed record PeerLatency(string Store, string Name, int Top, double P50, double P99);

/// <summary>A query's total hits, in the order of the queries file (for "two": the AND queries, then the OR ones).</summary>
public sealed record PeerHits(string Kind, string Query, int Total);

public sealed record ScaleRun(int Documents, double DocumentsPerSecond, long IndexBytes, IReadOnlyList<PeerLatency> Latencies, IReadOnlyList<PeerHits> Hits)
{
    /// <summary>The figures the comparison uses: memory-mapped (the peer's default directory), top 100.</summary>
    public PeerLatency Latency(string name) => Latencies.First(l => l.Store == "mmap" && l.Name == name && l.Top == 100);
}

public sealed class PeerUnavailableException(string message) : Exception(message);
