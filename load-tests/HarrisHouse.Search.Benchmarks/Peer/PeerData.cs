using System.Diagnostics;
using System.Globalization;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// The peer's inputs, made by the peer's own scripts so that both sides read the same text: NFCorpus flattened to
/// corpus.tsv and the test queries, and the Zipf synthetic corpus (also written as BEIR jsonl, which ours reads).
/// </summary>
public static class PeerData
{
    /// <summary>Flattens NFCorpus (its test split) into <paramref name="target"/>; fast enough to redo every run.</summary>
    public static async Task<string> NfcorpusAsync(string peers, string datasets, string target, Action<string> echo, CancellationToken cancellationToken)
    {
        var source = Path.Combine(datasets, "nfcorpus");
        if (!File.Exists(Path.Combine(source, "corpus.jsonl")))
        {
            throw new PeerUnavailableException($"NFCorpus is not at {source} (--datasets names the folder holding nfcorpus/).");
        }

        await PythonAsync(Path.Combine(peers, "beir2tsv.py"), [source, "test", target], echo, cancellationToken);
        return target;
    }

    /// <summary>
    /// The Zipf corpus of <paramref name="size"/> documents in <paramref name="target"/>. Generating 100k takes a
    /// while, so a complete earlier output is reused: the script writes qrels/test.tsv last.
    /// </summary>
    public static async Task<string> SyntheticAsync(string peers, int size, string target, Action<string> echo, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(target, "qrels", "test.tsv")) && File.Exists(Path.Combine(target, "queries-scale.tsv")))
        {
            echo($"reusing the synthetic corpus in {target}");
            return target;
        }

        await PythonAsync(Path.Combine(peers, "synthetic_corpus.py"), [target, size.ToString(CultureInfo.InvariantCulture)], echo, cancellationToken);
        return target;
    }

    private static async Task PythonAsync(string script, IReadOnlyList<string> arguments, Action<string> echo, CancellationToken cancellationToken)
    {
        if (!File.Exists(script))
        {
            throw new PeerUnavailableException($"{script} does not exist (--peers names the folder with the peer's scripts).");
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        echo($"$ python3 {script} {string.Join(' ', arguments)}");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PeerUnavailableException($"python3 could not be started ({e.Message}); the peer's data scripts need it.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var printed = (await output).TrimEnd();
            if (printed.Length > 0)
            {
                echo(printed);
            }

            if (process.ExitCode != 0)
            {
                throw new PeerUnavailableException($"python3 {script} exited with {process.ExitCode}:\n{await error}");
            }
        }
    }
}
