using System.Globalization;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.WordPressTests;

/// <summary>
/// The search API as a real process on a fixed loopback port (so that it can be stopped and started again
/// where the plugin expects it) over the sample site, and a real WordPress beside it with the plugin pointed
/// at the API. Without WordPress's packages the tests are skipped, saying what to install.
/// </summary>
public sealed class WordPressFixture : IAsyncLifetime
{
    public const string AdminKey = "wordpress-test-admin-key";

    private readonly TemporaryDirectory _directory = new("wordpress");
    private readonly int _apiPort = ApiProcess.FreePort();
    private Dictionary<string, string> _configuration = [];

    public ApiProcess? Api { get; private set; }

    public WordPressSite? Site { get; private set; }

    /// <summary>What PHP complained of while WordPress was installed and the plugin activated (WP_DEBUG on).</summary>
    public string[] StartupComplaints { get; private set; } = [];

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? Unavailable { get; private set; }

    public Uri ServiceAddress => new($"http://127.0.0.1:{_apiPort}/");

    public string Directory => _directory.Path;

    public async Task InitializeAsync()
    {
        var wordPressPort = ApiProcess.FreePort();
        _configuration = new Dictionary<string, string>(ApiProcess.Configuration(_directory.Combine("index"), RepositoryPaths.Content, _directory.Combine("logs")))
        {
            ["Admin:ApiKeys:0"] = AdminKey,
            ["Cors:AllowedOrigins:0"] = $"http://127.0.0.1:{wordPressPort.ToString(CultureInfo.InvariantCulture)}",
        };
        await StartApiAsync();
        (Site, Unavailable) = await WordPressSite.StartAsync(_directory.Combine("wordpress"), wordPressPort, ServiceAddress, AdminKey);
        StartupComplaints = Site?.PhpComplaints() ?? [];
    }

    /// <summary>Starts the API (again) on its port, over the same index, and waits until it is ready.</summary>
    public async Task StartApiAsync()
    {
        Api = await ApiProcess.StartAsync(_configuration, _directory.Path, _apiPort);
        using var client = Client();
        await Eventually.AssertAsync(
            async () => (await client.GetAsync("health/ready")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(120),
            "the search API to be ready");
    }

    public async Task StopApiAsync()
    {
        if (Api is not null)
        {
            await Api.StopGracefullyAsync();
            await Api.DisposeAsync();
            Api = null;
        }
    }

    public HttpClient Client() => new() { BaseAddress = ServiceAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        _directory.Dispose();
    }
}
