using HarrisHouse.Search.Testing;
using Microsoft.Playwright;

namespace HarrisHouse.Search.BrowserTests;

/// <summary>
/// The API as a real process on a loopback port over a real index of the sample site, and headless
/// Chromium driven by Playwright. Without a Chromium on the machine the tests are skipped, saying how to
/// install one. The API runs without the embedding model unless a derived fixture turns it on.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new("browser");
    private ApiProcess? _api;
    private IPlaywright? _playwright;

    public const string MissingBrowser = Chromium.Missing;

    /// <summary>The admin key of the API under test, for reading what it counted.</summary>
    public const string AdminKey = "browser-test-admin-key";

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress => _api!.BaseAddress;

    public static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is not { } chromium)
        {
            return;
        }

        _api = await ApiProcess.StartAsync(
            new Dictionary<string, string>(ApiProcess.Configuration(_directory.Combine("index"), RepositoryPaths.Content, _directory.Combine("logs")))
            {
                ["Admin:ApiKeys:0"] = AdminKey,
                ["Analytics:FlushSeconds"] = "1",

                // Copies: the dashboard's tests save these files through the admin API.
                ["Search:SynonymsPath"] = Copy(RepositoryPaths.Synonyms),
                ["Search:CrisisPhrasesPath"] = Copy(RepositoryPaths.CrisisPhrases),
            }.Concat(Configuration).ToDictionary(),
            _directory.Path);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Chromium.Flags });
    }

    /// <summary>Settings added to the API's own (none of the same key), for a fixture that serves it differently.</summary>
    protected virtual IReadOnlyDictionary<string, string> Configuration => new Dictionary<string, string>();

    private string Copy(string file)
    {
        var copy = _directory.Combine(Path.GetFileName(file));
        File.Copy(file, copy);
        return copy;
    }

    /// <summary>A fresh page at desktop or phone width that records console errors and failed requests.</summary>
    public async Task<BrowserPage> OpenAsync(string path, bool phone = false)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        var page = await context.NewPageAsync();
        var recorded = new BrowserPage(page);
        await page.GotoAsync(path);
        return recorded;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        _directory.Dispose();
    }
}

/// <summary>A page with what went wrong on it: console errors, uncaught exceptions, failed responses, dialogs.</summary>
public sealed class BrowserPage
{
    public BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                Errors.Add($"HTTP {response.Status} {response.Url}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            Errors.Add($"a dialog opened: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];
}
