using HarrisHouse.Search.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>
/// The real API host over a real index in a temporary directory: the service builds the index from the
/// content on its first start, exactly as README's run command does.
/// </summary>
public class SearchApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;

    public SearchApiFactory()
        : this(new TemporaryDirectory("api"), ownsDirectory: true)
    {
    }

    /// <summary>A host over a directory that outlives it (to restart the service on the same index).</summary>
    protected SearchApiFactory(TemporaryDirectory directory, bool ownsDirectory)
    {
        Directory = directory;
        _ownsDirectory = ownsDirectory;
    }

    public TemporaryDirectory Directory { get; }

    /// <summary>The content folder the service indexes; tests may point it at a copy they change.</summary>
    public virtual string ContentPath => RepositoryPaths.Content;

    public string IndexPath => Directory.Combine("index");

    public string LogDirectory => Directory.Combine("logs");

    public string AnalyticsPath => Directory.Combine("analytics", "analytics.db");

    /// <summary>The host's engine, for tests that drive its index directly (a poll now, rather than waiting for the timer).</summary>
    public SearchEngine Engine => Services.GetRequiredService<SearchEngine>();

    /// <summary>Extra configuration for a test class (rate limits, admin keys...).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // A test class's own settings come last and win.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(
        [
            new("Search:ContentPath", ContentPath),
            new("Search:IndexPath", IndexPath),
            new("Search:SynonymsPath", RepositoryPaths.Synonyms),
            new("Search:CrisisPhrasesPath", RepositoryPaths.CrisisPhrases),
            new("Analytics:Path", AnalyticsPath),
            new("Search:CurationPath", Directory.Combine("curation")),
            new("Logging:File:Path", Path.Combine(LogDirectory, "api-.log")),
            new("Logging:Console:Enabled", "false"),
            new("Search:Semantic:Enabled", "false"),
            // Test hosts stop often and nothing routes to them; ShutdownTests prove the drain itself.
            new("Shutdown:DrainSeconds", "0"),
        ]).AddInMemoryCollection(Settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            Directory.Dispose();
        }
    }
}
