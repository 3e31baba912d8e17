using System.Text.Json;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.WordPress;
using HarrisHouse.Search.Testing;
using HarrisHouse.Search.Testing.StandIns;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>The staff command reindexing the live site: WordPress's REST API and saved or fetched pages.</summary>
[Trait("Speed", "Slow")]
public sealed class LiveSiteCommandTests : IDisposable
{
    private static readonly WebSourceSettings Web = new() { FirstRetryDelay = TimeSpan.FromMilliseconds(10), Retries = 3 };

    private readonly TemporaryDirectory _directory = new("cli-live");
    private readonly SearchOptions _options;

    public LiveSiteCommandTests()
    {
        _options = SampleSite.Options(_directory.Combine("index"), _directory.Combine("no-content"));
    }

    public void Dispose() => _directory.Dispose();

    private StaffCommand.Run Run(params string[] args) => StaffCommand.Execute(_options, Web, args);

    private IReadOnlyList<string> Search(string query)
    {
        using var engine = SearchEngine.Create(_options, writable: false);
        engine.Index.Start();
        return engine.Search.Search(new SearchRequest { Query = query, PageSize = 50 }).Hits.Select(h => h.Url).ToList();
    }

    [Fact]
    public async Task Reindex_from_wordpress_indexes_the_site_then_an_incremental_run_applies_changes_and_deletions()
    {
        await using var site = await WordPressStandIn.StartAsync();

        var first = Run("reindex", "--wordpress", site.Site.ToString(), "--json");

        Assert.Equal(0, first.ExitCode);
        var json = JsonDocument.Parse(first.Output).RootElement;
        Assert.Equal(13, json.GetProperty("documents").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("source").GetProperty("details").GetProperty("since").ValueKind);
        Assert.NotNull(WordPressState.Read(_options.FullIndexPath));
        Assert.Contains("/blog/naloxone-what-families-should-know/", Search("\"pinpoint pupils\""));

        site.SecondCrawl = true;
        var second = Run("reindex", "--wordpress", site.Site.ToString(), "--json");

        Assert.Equal(0, second.ExitCode);
        var run = JsonDocument.Parse(second.Output).RootElement.GetProperty("source").GetProperty("details");
        Assert.Equal((2, 11, 1), (run.GetProperty("fetched").GetInt32(), run.GetProperty("unchanged").GetInt32(), run.GetProperty("deleted").GetInt32()));
        Assert.Empty(Search("\"pinpoint pupils\""));
        Assert.Contains("/blog/sleep-in-early-recovery/", Search("\"stimulus control\""));
        Assert.Contains("/blog/staying-sober-through-the-holidays/", Search("\"non-alcoholic drink\""));
        Assert.Contains("/treatments/inpatient-detox/", Search("detox"));
    }

    [Fact]
    public async Task An_incremental_run_against_a_site_that_ignores_modified_after_reports_nothing_changed_and_keeps_the_live_generation()
    {
        await using var site = await WordPressStandIn.StartAsync();
        Assert.Equal(0, Run("reindex", "--wordpress", site.Site.ToString()).ExitCode);
        var before = Generations();
        site.IgnoreModifiedAfter = true;

        var again = Run("reindex", "--wordpress", site.Site.ToString(), "--json");

        Assert.Equal(0, again.ExitCode);
        var json = JsonDocument.Parse(again.Output).RootElement;
        var run = json.GetProperty("source").GetProperty("details");
        Assert.Equal(13, run.GetProperty("fetched").GetInt32());
        Assert.Equal((0, 13, 0), (run.GetProperty("changed").GetInt32(), run.GetProperty("unchanged").GetInt32(), run.GetProperty("deleted").GetInt32()));
        Assert.False(json.GetProperty("newGeneration").GetBoolean());
        Assert.Equal(before, Generations());
    }

    [Fact]
    public async Task A_change_on_a_site_that_ignores_modified_after_is_reported_as_the_one_change_it_is()
    {
        await using var site = await WordPressStandIn.StartAsync();
        Assert.Equal(0, Run("reindex", "--wordpress", site.Site.ToString()).ExitCode);
        site.IgnoreModifiedAfter = true;
        site.SecondCrawl = true;

        var json = JsonDocument.Parse(Run("reindex", "--wordpress", site.Site.ToString(), "--json").Output).RootElement;

        var run = json.GetProperty("source").GetProperty("details");
        Assert.Equal((2, 1), (run.GetProperty("changed").GetInt32(), run.GetProperty("deleted").GetInt32()));
        Assert.True(json.GetProperty("newGeneration").GetBoolean());
        Assert.Contains("/blog/sleep-in-early-recovery/", Search("\"stimulus control\""));
    }

    [Theory]
    [InlineData("wp-json/")]
    [InlineData("wp-json")]
    [InlineData("wp-json/wp/v2/")]
    public async Task The_site_root_and_its_rest_api_address_name_the_same_site_and_share_its_saved_state(string apiSuffix)
    {
        await using var site = await WordPressStandIn.StartAsync();
        Assert.Equal(0, Run("reindex", "--wordpress", site.Site + apiSuffix).ExitCode);

        var second = JsonDocument.Parse(Run("reindex", "--wordpress", site.Site.ToString(), "--json").Output).RootElement;

        Assert.Equal(site.Site.ToString(), WordPressState.Read(_options.FullIndexPath)!.Site);
        Assert.Equal(JsonValueKind.String, second.GetProperty("source").GetProperty("details").GetProperty("since").ValueKind);
    }

    [Fact]
    public async Task Categories_and_tags_are_kept_when_the_embedded_terms_lack_their_taxonomy()
    {
        await using var site = await WordPressStandIn.StartAsync();
        Assert.Equal(0, Run("reindex", "--wordpress", site.Site.ToString()).ExitCode);
        var withTaxonomy = Labels();
        site.TermsWithoutTaxonomy = true;

        Assert.Equal(0, Run("reindex", "--wordpress", site.Site.ToString(), "--full").ExitCode);

        Assert.Contains(withTaxonomy.Values, labels => labels.Categories.Length > 0 && labels.Tags.Length > 0);
        Assert.Equal(withTaxonomy, Labels());
    }

    private Dictionary<string, (string Categories, string Tags)> Labels()
    {
        using var engine = SearchEngine.Create(_options, writable: false);
        return engine.IndexedItems().Values.ToDictionary(i => i.Url, i => (string.Join('|', i.Categories), string.Join('|', i.Tags)));
    }

    private IReadOnlyList<string> Generations()
    {
        using var engine = SearchEngine.Create(_options, writable: false);
        return engine.Generations().Generations.Select(g => g.Name).ToList();
    }

    [Fact]
    public async Task Reindex_from_a_wordpress_site_that_refuses_access_exits_5_and_says_why()
    {
        await using var site = await WordPressStandIn.StartAsync();
        site.Refuse = 401;

        var run = Run("reindex", "--wordpress", site.Site.ToString());

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("refused access (401", run.Output + run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_from_saved_pages_indexes_only_their_articles()
    {
        var run = Run("reindex", "--html", Path.Combine(RepositoryPaths.Fixtures, "Html"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, JsonDocument.Parse(run.Output).RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(["/blog/sober-living-after-rehab/"], Search("\"substance-free residence\""));
        Assert.Empty(Search("\"Credentialing Partners\""));
    }

    [Fact]
    public async Task Reindex_from_a_sitemap_fetches_and_indexes_its_pages()
    {
        await using var site = await StaticSiteStandIn.StartAsync();

        var run = Run("reindex", "--sitemap", site.Sitemap.ToString(), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, JsonDocument.Parse(run.Output).RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(["/treatments/family-program/"], Search("\"weekday evenings\""));
    }

    [Theory]
    [InlineData("--wordpress", "harrishouse.org")]
    [InlineData("--sitemap", "ftp://example.org/sitemap.xml")]
    public void A_site_address_that_is_not_a_web_address_is_an_invalid_argument(string option, string value)
    {
        var run = Run("reindex", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a web address", run.Output + run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_content_sources_at_once_are_an_invalid_argument()
    {
        var run = Run("reindex", "--html", "pages", "--sitemap", "https://example.org/sitemap.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Choose one content source", run.Output + run.Errors, StringComparison.Ordinal);
    }
}
