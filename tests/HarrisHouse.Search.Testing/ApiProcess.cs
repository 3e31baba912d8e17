using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace HarrisHouse.Search.Testing;

/// <summary>The API as a real process on a loopback port chosen by the OS (for shutdown and browser tests).</summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(Process process)
    {
        _process = process;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// The configuration of an API serving <paramref name="indexPath"/> built from <paramref name="contentPath"/>
    /// with the repository's synonyms and crisis phrases, logging under <paramref name="logDirectory"/>; add to it.
    /// </summary>
    public static Dictionary<string, string> Configuration(string indexPath, string contentPath, string logDirectory) => new()
    {
        ["Search:IndexPath"] = indexPath,
        ["Search:ContentPath"] = contentPath,
        ["Search:SynonymsPath"] = RepositoryPaths.Synonyms,
        ["Search:CrisisPhrasesPath"] = RepositoryPaths.CrisisPhrases,
        ["Logging:File:Path"] = Path.Combine(logDirectory, "api-.log"),
        ["Analytics:Path"] = Path.Combine(logDirectory, "analytics.db"),
        ["Search:CurationPath"] = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(indexPath))!, "curation"),
    };

    /// <summary>
    /// Starts the built API with the given configuration (as environment variables) and waits until it listens,
    /// on <paramref name="port"/> of loopback (0: a free one the OS picks; a fixed one lets a test restart it where clients expect it).
    /// </summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> configuration, string workingDirectory, int port = 0)
    {
        var configurationName = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "src", "HarrisHouse.Search.Api", "bin", configurationName, "net10.0", "HarrisHouse.Search.Api.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Search__Semantic__Enabled"] = "false";
        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var api = new ApiProcess(Process.Start(start)!);
        api._process.OutputDataReceived += (_, e) => api.Record(e.Data);
        api._process.ErrorDataReceived += (_, e) => api.Record(e.Data);
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        var listening = await api._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        api.BaseAddress = listening;
        return api;
    }

    /// <summary>A loopback port free at this moment, for a server that must come back on the same one.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Asks the process to stop as a service manager would (SIGTERM), and waits for it to exit.</summary>
    public async Task<int> StopGracefullyAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[^\s]+)")]
    private static partial Regex Listening();
}
