using System.Net;
using System.Text.Json;
using HarrisHouse.Search.Testing;
using Microsoft.Playwright;

namespace HarrisHouse.Search.WordPressTests;

/// <summary>
/// The plugin in a real WordPress, talking to the real API: posts published, changed, unpublished and deleted
/// through WordPress's own REST API reach search; a change made while the service is down waits and arrives;
/// the site's own search page shows the service's results in Chromium.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class WordPressPluginTests(WordPressFixture wordpress) : IClassFixture<WordPressFixture>
{
    /// <summary>The bound: a change is searchable, changed or gone within this.</summary>
    private static readonly TimeSpan LiveDeadline = TimeSpan.FromSeconds(5);

    private WordPressSite Site
    {
        get
        {
            Skip.If(wordpress.Site is null, wordpress.Unavailable);
            return wordpress.Site!;
        }
    }

    [SkippableFact]
    public async Task A_post_published_changed_unpublished_republished_and_deleted_in_wordpress_follows_in_search_within_5_seconds()
    {
        using var rest = Site.Rest();
        using var service = wordpress.Client();
        var logged = Site.DebugLogLines();

        var (id, link) = await Site.CreatePostAsync(rest, new { title = "Gardening in quillowby recovery", content = "<p>Tending a quillowby garden steadies early recovery.</p>", status = "publish" });
        var url = link.AbsolutePath;
        await WaitForAsync(service, url, doc => doc is { } d && d.GetProperty("title").GetString() == "Gardening in quillowby recovery", "the published post to be indexed");
        Assert.Contains((await SearchAsync(service, "quillowby")), hit => hit == url);
        Assert.Equal("blog", (await DocumentAsync(service, url))!.Value.GetProperty("type").GetString());

        await Site.UpdatePostAsync(rest, id, new { title = "Gardening in quillowby recovery, season two" });
        await WaitForAsync(service, url, doc => doc?.GetProperty("title").GetString() == "Gardening in quillowby recovery, season two", "the changed title to be indexed");

        await Site.UpdatePostAsync(rest, id, new { status = "draft" });
        await WaitForAsync(service, url, doc => doc is null, "the unpublished post to leave search");

        await Site.UpdatePostAsync(rest, id, new { status = "publish" });
        await WaitForAsync(service, url, doc => doc is not null, "the republished post to return");

        await Site.UpdatePostAsync(rest, id, new { password = "family-only" });
        await WaitForAsync(service, url, doc => doc is null, "the password-protected post to leave search");

        await Site.UpdatePostAsync(rest, id, new { password = "" });
        await WaitForAsync(service, url, doc => doc is not null, "the post without its password to return");

        Assert.True((await rest.DeleteAsync($"wp-json/wp/v2/posts/{id}?force=true")).IsSuccessStatusCode);
        await WaitForAsync(service, url, doc => doc is null, "the deleted post to leave search");
        Assert.Empty(Site.PhpComplaints(logged));
    }

    [SkippableFact]
    public async Task Search_phrases_and_keep_out_of_search_set_in_wordpress_reach_the_service()
    {
        using var rest = Site.Rest();
        using var service = wordpress.Client();
        var logged = Site.DebugLogLines();

        var (id, link) = await Site.CreatePostAsync(rest, new
        {
            title = "Visiting hours for families",
            content = "<p>Families may visit on weekends.</p>",
            status = "publish",
            meta = new Dictionary<string, object> { ["_hh_search_phrases"] = "when can i see my brother in treatment" },
        });
        var url = link.AbsolutePath;
        await WaitForAsync(service, url, doc => doc is not null, "the post with search phrases to be indexed");
        Assert.Contains(url, await SearchAsync(service, "see my brother in treatment"));

        await Site.UpdatePostAsync(rest, id, new { meta = new Dictionary<string, object> { ["_hh_search_hidden"] = true } });
        await Eventually.AssertAsync(
            async () => !(await SearchAsync(service, "see my brother in treatment")).Contains(url),
            LiveDeadline,
            "the post kept out of search to leave the results");
        Assert.NotNull(await DocumentAsync(service, url));
        Assert.Empty(Site.PhpComplaints(logged));
    }

    [SkippableFact]
    public async Task A_post_published_while_the_service_is_down_waits_in_the_queue_and_arrives_when_it_is_back()
    {
        using var rest = Site.Rest();
        await wordpress.StopApiAsync();
        (int Id, Uri Link) created;
        try
        {
            created = await Site.CreatePostAsync(rest, new { title = "Queued while away: brindlewick", content = "<p>Brindlewick walks for families.</p>", status = "publish" });
            var waiting = int.Parse(await Site.PhpAsync("echo count((array) get_option('hh_search_queue', []));"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(waiting >= 1, $"the change should wait in the queue, but {waiting} change(s) wait");
            Assert.NotEqual("", await Site.PhpAsync("echo wp_json_encode(get_option('hh_search_last_error', ''));"));
        }
        finally
        {
            await wordpress.StartApiAsync();
        }

        using var service = wordpress.Client();
        var url = created.Link.AbsolutePath;
        try
        {
            await Eventually.AssertAsync(
                async () =>
                {
                    await Site.RunCronAsync();
                    return await DocumentAsync(service, url) is not null;
                },
                TimeSpan.FromSeconds(90),
                "WP-Cron to send the queued change once the service is back");
        }
        catch (Exception ex) when (ex is not SkipException)
        {
            var queue = await Site.PhpAsync("echo wp_json_encode(['queue' => get_option('hh_search_queue'), 'cron' => _get_cron_array(), 'now' => time()]);");
            throw new InvalidOperationException($"{ex.Message}\nWordPress's queue and cron: {queue}", ex);
        }

        Assert.Equal("0", await Site.PhpAsync("echo count((array) get_option('hh_search_queue', []));"));
    }

    [SkippableFact]
    public async Task The_sites_own_search_page_shows_the_services_results_in_chromium()
    {
        var site = Site;
        Skip.If(Chromium.Path is null, Chromium.Missing);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = Chromium.Flags,
        });
        var page = await browser.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) => asked.Add(request.Url);

        await page.GotoAsync(new Uri(site.Url, "?s=detox").ToString());

        var first = page.Locator("hh-search-results .hh-hit-link").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains(asked, u => u.StartsWith(wordpress.ServiceAddress + "api/search?", StringComparison.Ordinal) && u.Contains("q=detox", StringComparison.Ordinal));
        var links = await page.Locator("hh-search-results .hh-hit-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(links, l => l.Contains("/treatments/", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("hh-search-box input[name=s]").CountAsync());
        Assert.Equal("detox", await page.Locator("hh-search-box input[name=s]").First.InputValueAsync());
        Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", "wordpress-search.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task The_staff_command_reads_the_same_site_across_pages_with_terms_and_authors_and_an_unchanged_rerun_makes_no_generation()
    {
        var site = Site;
        await site.PhpAsync("""
            require_once ABSPATH . 'wp-admin/includes/taxonomy.php';
            wp_update_user(['ID' => 1, 'display_name' => 'Dana Whitfield']);
            $family = wp_create_category('Family Support');
            for ($i = 1; $i <= 110; $i++) {
                wp_insert_post(['post_title' => "Bulk family note $i", 'post_name' => "bulk-family-note-$i", 'post_status' => 'publish', 'post_author' => 1,
                    'post_content' => "<p>Notes for families in recovery, number $i.</p>", 'post_category' => [$family], 'tags_input' => ['hope', "note-$i"]]);
            }
            echo 'ok';
            """);
        using var directory = new TemporaryDirectory("wordpress-cli");
        var options = SampleSite.Options(directory.Combine("index"), directory.Combine("no-content"));

        var first = StaffCommand.Execute(options, "reindex", "--wordpress", new Uri(site.Url, "wp-json/").ToString(), "--json");

        Assert.True(first.ExitCode == 0, first.Output + first.Errors);
        Assert.True(JsonDocument.Parse(first.Output).RootElement.GetProperty("documents").GetInt32() >= 110);
        using (var engine = SearchEngine.Create(options, writable: false))
        {
            var note = engine.IndexedItems()["/blog/bulk-family-note-107/"];
            Assert.Equal(["Family Support"], note.Categories);
            Assert.Equal(["hope", "note-107"], note.Tags.Order(StringComparer.Ordinal));
            Assert.Equal("Dana Whitfield", note.Author);
            Assert.Equal(Content.ContentType.Blog, note.Type);
        }

        var again = StaffCommand.Execute(options, "reindex", "--wordpress", site.Url.ToString(), "--json");

        Assert.True(again.ExitCode == 0, again.Output + again.Errors);
        var json = JsonDocument.Parse(again.Output).RootElement;
        Assert.Equal(JsonValueKind.String, json.GetProperty("source").GetProperty("details").GetProperty("since").ValueKind);
        Assert.Equal(0, json.GetProperty("source").GetProperty("details").GetProperty("changed").GetInt32());
        Assert.False(json.GetProperty("newGeneration").GetBoolean());
    }

    [SkippableFact]
    public async Task The_settings_page_renders_for_an_administrator_and_never_prints_the_api_key_back()
    {
        var site = Site;
        var logged = site.DebugLogLines();
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true };
        using var browser = new HttpClient(handler) { BaseAddress = site.Url };
        cookies.Add(site.Url, new System.Net.Cookie("wordpress_test_cookie", "WP Cookie check"));
        using var login = await browser.PostAsync("wp-login.php", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["log"] = site.User,
            ["pwd"] = site.Password,
            ["testcookie"] = "1",
            ["redirect_to"] = new Uri(site.Url, "wp-admin/").ToString(),
        }));
        Assert.True(login.IsSuccessStatusCode, $"logging in failed: {(int)login.StatusCode}");

        var html = await browser.GetStringAsync("wp-admin/options-general.php?page=harrishouse-search");

        Assert.Contains("Harris House Search", html, StringComparison.Ordinal);
        Assert.Contains(wordpress.ServiceAddress.ToString().TrimEnd('/'), html, StringComparison.Ordinal);
        Assert.DoesNotContain(WordPressFixture.AdminKey, html, StringComparison.Ordinal);
        Assert.Contains("Reindex everything", html, StringComparison.Ordinal);
        Assert.Empty(site.PhpComplaints(logged));
    }

    [SkippableFact]
    public void The_plugin_activated_with_WP_DEBUG_on_without_a_notice_or_warning()
    {
        _ = Site;
        Assert.Empty(wordpress.StartupComplaints);
    }

    [SkippableFact]
    public async Task Every_file_of_the_plugin_passes_php_lint()
    {
        _ = Site;
        var files = Directory.EnumerateFiles(WordPressSite.PluginDirectory, "*.php", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var lint = await ScriptRun.RunAsync("php", ["-l", file], TimeSpan.FromSeconds(30));
            Assert.True(lint.ExitCode == 0, $"php -l {file}: {lint.Output}{lint.Errors}");
        }
    }

    private static async Task<JsonElement?> DocumentAsync(HttpClient service, string url)
    {
        using var response = await service.GetAsync($"api/documents?url={Uri.EscapeDataString(url)}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(HttpClient service, string query)
    {
        var result = JsonDocument.Parse(await service.GetStringAsync($"api/search?q={Uri.EscapeDataString(query)}&mode=lexical")).RootElement;
        return result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!).ToList();
    }

    private static Task WaitForAsync(HttpClient service, string url, Func<JsonElement?, bool> accept, string because) =>
        Eventually.AssertAsync(async () => accept(await DocumentAsync(service, url)), LiveDeadline, because);
}
