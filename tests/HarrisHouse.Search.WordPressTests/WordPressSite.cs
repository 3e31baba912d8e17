using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.WordPressTests;

/// <summary>
/// A real WordPress on loopback, from Debian's packages, with its own MariaDB in a temporary directory and the
/// plugin activated: started and stopped by the scripts under <c>integrations/wordpress/testing/</c> (the same
/// ones a developer uses for a local site), so that the tests and people set it up one way.
/// </summary>
public sealed class WordPressSite : IAsyncDisposable
{
    /// <summary>The script's exit code when a package it needs is missing.</summary>
    private const int MissingPackages = 3;

    private static readonly string Scripts = Path.Combine(RepositoryPaths.Root, "integrations", "wordpress", "testing");

    private readonly string _directory;

    private WordPressSite(string directory, JsonElement started)
    {
        _directory = directory;
        Url = new Uri(started.GetProperty("url").GetString()!.TrimEnd('/') + "/");
        User = started.GetProperty("user").GetString()!;
        Password = started.GetProperty("password").GetString()!;
        ApplicationPassword = started.GetProperty("applicationPassword").GetString()!;
        DebugLog = started.GetProperty("debugLog").GetString()!;
    }

    public static string PluginDirectory => Path.Combine(RepositoryPaths.Root, "integrations", "wordpress", "harrishouse-search");

    public Uri Url { get; }

    public string User { get; }

    public string Password { get; }

    public string ApplicationPassword { get; }

    public string DebugLog { get; }

    /// <summary>The site, or why it cannot run on this machine (packages missing); any other failure throws.</summary>
    public static async Task<(WordPressSite? Site, string? Unavailable)> StartAsync(string directory, int port, Uri service, string apiKey)
    {
        var missing = new[] { "php", "mariadbd", "mariadb-install-db" }.Where(p => !ScriptRun.OnPath(p) && !File.Exists("/usr/sbin/" + p)).ToList();
        if (missing.Count > 0 || !Directory.Exists("/usr/share/wordpress"))
        {
            return (null, $"WordPress cannot run here: missing {string.Join(", ", missing.Append(Directory.Exists("/usr/share/wordpress") ? null : "/usr/share/wordpress").OfType<string>())}. Install with 'apt-get install -y wordpress mariadb-server php-cli php-mysql' (.ci/run does).");
        }

        var run = await ScriptRun.RunAsync(
            Path.Combine(Scripts, "wordpress-up.sh"),
            ["--dir", directory, "--port", port.ToString(CultureInfo.InvariantCulture), "--plugin", PluginDirectory,
                "--service-url", service.ToString().TrimEnd('/'), "--api-key", apiKey, "--retry-base", "1"],
            TimeSpan.FromSeconds(180));
        if (run.ExitCode == MissingPackages)
        {
            return (null, run.Errors.Trim());
        }

        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"wordpress-up.sh failed ({run.ExitCode}):\n{run.Errors}\n{run.Output}");
        }

        var line = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return (new WordPressSite(directory, JsonDocument.Parse(line).RootElement), null);
    }

    /// <summary>A client of the site's REST API, signed in with the admin's application password.</summary>
    public HttpClient Rest()
    {
        var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{ApplicationPassword}")));
        return client;
    }

    /// <summary>Runs PHP with WordPress loaded, as the admin, and returns what it printed.</summary>
    public async Task<string> PhpAsync(string code)
    {
        var run = await ScriptRun.RunAsync(Path.Combine(Scripts, "wp-php.sh"), ["--dir", _directory, "--code", code], TimeSpan.FromSeconds(120));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"wp-php.sh failed ({run.ExitCode}): {run.Errors}\n{run.Output}");
        }

        return run.Output.Trim();
    }

    /// <summary>Creates a post through the REST API, as an editor's app would; returns its id and link.</summary>
    public async Task<(int Id, Uri Link)> CreatePostAsync(HttpClient rest, object post)
    {
        var response = await rest.PostAsJsonAsync("wp-json/wp/v2/posts", post);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"creating a post failed: {(int)response.StatusCode} {body}");
        var created = JsonDocument.Parse(body).RootElement;
        return (created.GetProperty("id").GetInt32(), new Uri(created.GetProperty("link").GetString()!));
    }

    public async Task<string> UpdatePostAsync(HttpClient rest, int id, object changes)
    {
        var response = await rest.PostAsJsonAsync($"wp-json/wp/v2/posts/{id}", changes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"updating post {id} failed: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>Asks WP-Cron to run the events that are due, as the loopback request WordPress spawns on a visit does.</summary>
    public async Task RunCronAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync("wp-cron.php");
    }

    /// <summary>How much PHP has written to the debug log so far: a test reads only what came after.</summary>
    public int DebugLogLines() => File.Exists(DebugLog) ? File.ReadAllLines(DebugLog).Length : 0;

    /// <summary>Notices, warnings and errors PHP wrote to the debug log (WP_DEBUG is on) after line <paramref name="from"/>.</summary>
    public string[] PhpComplaints(int from = 0) =>
        File.Exists(DebugLog)
            ? File.ReadAllLines(DebugLog).Skip(from).Where(l => l.Contains("PHP ", StringComparison.Ordinal) && (l.Contains("Notice", StringComparison.Ordinal) || l.Contains("Warning", StringComparison.Ordinal) || l.Contains("Deprecated", StringComparison.Ordinal) || l.Contains("Fatal", StringComparison.Ordinal) || l.Contains("Parse error", StringComparison.Ordinal))).ToArray()
            : [];

    public async ValueTask DisposeAsync()
    {
        await ScriptRun.RunAsync(Path.Combine(Scripts, "wordpress-down.sh"), ["--dir", _directory], TimeSpan.FromSeconds(60));
    }
}
