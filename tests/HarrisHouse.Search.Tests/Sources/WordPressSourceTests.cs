using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Http;
using HarrisHouse.Search.Sources.WordPress;
using HarrisHouse.Search.Testing.StandIns;

namespace HarrisHouse.Search.Tests.Sources;

/// <summary>The WordPress source against a stand-in of the REST API serving recorded responses on loopback.</summary>
public sealed class WordPressSourceTests : IAsyncLifetime
{
    private static readonly WebSourceSettings Settings = new() { FirstRetryDelay = TimeSpan.FromMilliseconds(10), Retries = 3, MaxRequestsInFlight = 2 };

    private WordPressStandIn _site = null!;
    private readonly HttpClient _http = PoliteHttp.Create(Settings);

    public async Task InitializeAsync() => _site = await WordPressStandIn.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _site.DisposeAsync();
    }

    private Task<ContentSnapshot> LoadAsync(WordPressSource source) => source.LoadAsync(null, CancellationToken.None);

    private WordPressSource Source(WordPressSync? sync = null) => new(_site.Site, _http, Settings, sync ?? WordPressSync.Full);

    [Fact]
    public async Task A_full_run_reads_every_post_and_page_across_the_pages_of_results()
    {
        var snapshot = await LoadAsync(Source());

        Assert.Empty(snapshot.Problems);
        Assert.Equal(7, snapshot.Items.Count(i => i.Type == ContentType.Blog));
        Assert.Equal(13, snapshot.Items.Count);
        Assert.Contains(_site.Requests, r => r.StartsWith("posts?", StringComparison.Ordinal) && r.Contains("page=3", StringComparison.Ordinal));
        Assert.All(_site.Requests.Where(r => r.StartsWith("posts?", StringComparison.Ordinal)), r => Assert.Contains("per_page=100", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posts_are_mapped_with_decoded_titles_folded_categories_and_clean_text()
    {
        var items = (await LoadAsync(Source())).Items.ToDictionary(i => i.Url);

        var cravings = items["/blog/cravings-vs-triggers/"];
        Assert.Equal("What’s the Difference Between Cravings and Triggers?", cravings.Title);
        Assert.Equal("Grant", cravings.Author);
        Assert.NotNull(cravings.Published);
        Assert.Equal("Alcohol Withdrawal & Why Medical Detox Matters", items["/blog/alcohol-withdrawal-medical-detox/"].Title);
        Assert.Equal("Why “Just Stop” Doesn’t Work for Addiction", items["/blog/why-just-stop-doesnt-work/"].Title);
        Assert.Empty(items["/blog/why-just-stop-doesnt-work/"].Tags);
        Assert.Equal(["Family & Friends", "Blog"], items["/blog/setting-boundaries-loved-one/"].Categories);
        Assert.Contains("A nurse checks vital signs during medically supervised detox.", items["/blog/alcohol-withdrawal-medical-detox/"].Body, StringComparison.Ordinal);

        foreach (var item in items.Values)
        {
            foreach (var noise in new[] { "[vc_", "[/vc_", "[caption", "[contact-form-7", "hh-callout", "hhPostView", "Share this", "Facebook" })
            {
                Assert.DoesNotContain(noise, item.Body, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/treatments/inpatient-detox/", ContentType.Treatment)]
    [InlineData("/treatments/family-program/", ContentType.Treatment)]
    [InlineData("/addictions/alcohol/", ContentType.Addiction)]
    [InlineData("/addictions/opioids/", ContentType.Addiction)]
    [InlineData("/about/insurance/", ContentType.Page)]
    [InlineData("/contact/", ContentType.Page)]
    public async Task Pages_take_their_type_from_their_path(string url, ContentType type)
    {
        var items = (await LoadAsync(Source())).Items;

        Assert.Equal(type, items.Single(i => i.Url == url).Type);
    }

    [Fact]
    public void Terms_are_named_from_the_lookups_when_they_are_not_embedded()
    {
        var lookups = new WordPressLookups(new Dictionary<int, string> { [6] = "Family &amp; Friends", [1] = "Blog" }, new Dictionary<int, string>(), new Dictionary<int, string> { [3] = "Dana Whitfield" });
        var item = new WpItem { Id = 104, Type = "post", Link = "https://harrishouse.example/blog/x/", Title = new("X"), Author = 3, Categories = [6, 1], Date = "2024-01-02T10:00:00" };

        var fields = new WordPressMapper(Settings, lookups).Map(item);

        Assert.Equal(["Family & Friends", "Blog"], fields.Categories);
        Assert.Equal("Dana Whitfield", fields.Author);
    }

    [Fact]
    public async Task No_more_requests_than_allowed_are_ever_in_flight()
    {
        await LoadAsync(Source());

        Assert.InRange(_site.MaxInFlight, 1, Settings.MaxRequestsInFlight);
    }

    [Fact]
    public async Task A_429_and_a_burst_of_500s_are_retried_and_nothing_is_lost()
    {
        _site.FailNext("posts", 2, 429);
        _site.FailNext("pages", 1, 500, times: 2);

        var snapshot = await LoadAsync(Source());

        Assert.Equal(13, snapshot.Items.Count);
        Assert.Equal(2, _site.Requests.Count(r => r.StartsWith("posts?", StringComparison.Ordinal) && r.Contains("&page=2", StringComparison.Ordinal) && r.Contains("_embed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_site_that_keeps_failing_is_an_error_saying_so_after_the_retries()
    {
        _site.FailNext("posts", 1, 503, times: 10);

        var error = await Assert.ThrowsAsync<ContentSourceException>(() => LoadAsync(Source()));

        Assert.Contains("kept failing (503", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "refused access (401")]
    [InlineData(404, "does not serve the WordPress REST API")]
    public async Task A_locked_or_missing_REST_API_is_a_clear_error(int status, string message)
    {
        _site.Refuse = status;

        var error = await Assert.ThrowsAsync<ContentSourceException>(() => LoadAsync(Source()));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_that_cannot_be_reached_is_an_error_naming_it()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/");

        var error = await Assert.ThrowsAsync<ContentSourceException>(() => new WordPressSource(closed, _http, Settings, WordPressSync.Full).LoadAsync(null, CancellationToken.None));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains(closed.Authority, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incremental_run_fetches_only_what_changed_keeps_the_rest_and_drops_what_was_deleted()
    {
        var first = Source();
        var firstItems = (await LoadAsync(first)).Items.ToDictionary(i => i.Url);
        _site.SecondCrawl = true;
        _site.Requests.Clear();

        var second = Source(new WordPressSync(null, first.NextState, firstItems));
        var items = (await LoadAsync(second)).Items.ToDictionary(i => i.Url);

        Assert.Equal(LatestModifiedInFixtures("posts.json", "pages.json"), first.NextState!.LastModified);
        Assert.DoesNotContain("/blog/naloxone-what-families-should-know/", items.Keys);
        Assert.Equal("Sleep in Early Recovery: A Practical Guide to Better Rest", items["/blog/sleep-in-early-recovery/"].Title);
        Assert.Contains("/blog/staying-sober-through-the-holidays/", items.Keys);
        Assert.Equal(13, items.Count);
        Assert.Equal<object?>([2, 11, 1], new[] { "fetched", "unchanged", "deleted" }.Select(k => second.LastRun!.Details[k]));
        Assert.All(_site.Requests.Where(r => r.Contains("_embed", StringComparison.Ordinal)), r => Assert.Contains("modified_after=", r, StringComparison.Ordinal));
    }

    private static string LatestModifiedInFixtures(params string[] files) =>
        files.SelectMany(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Fixtures, "WordPress", f))).RootElement.EnumerateArray())
            .Select(item => item.GetProperty("modified").GetString()!)
            .Max(StringComparer.Ordinal)!;

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
