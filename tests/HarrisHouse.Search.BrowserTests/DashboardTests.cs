using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using HarrisHouse.Search.Testing;
using Microsoft.Playwright;

namespace HarrisHouse.Search.BrowserTests;

/// <summary>The staff dashboard at /admin as staff use it, in headless Chromium against the API on a loopback port.</summary>
[Trait("Speed", "Slow")]
public sealed partial class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private HttpClient Admin()
    {
        var client = new HttpClient { BaseAddress = browser.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", BrowserFixture.AdminKey);
        return client;
    }

    /// <summary>Searches a query as visitors would, often enough (Analytics:MinCount, 3) for reports to show it.</summary>
    private async Task SearchAsync(HttpClient client, string query, int times = 3)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<JsonElement> ReportAsync(HttpClient admin, int days = 30) =>
        JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/analytics?days={days}")).RootElement;

    private static bool Lists(JsonElement report, string list, string query) =>
        report.GetProperty(list).EnumerateArray().Any(q => q.GetProperty("query").GetString() == query);

    /// <summary>Waits until the API's report (flushed every second here) lists each query in its list.</summary>
    private static Task<JsonElement> ReportListingAsync(HttpClient admin, params (string List, string Query)[] expected) =>
        Eventually.ValueAsync(
            () => ReportAsync(admin),
            report => expected.All(e => Lists(report, e.List, e.Query)),
            Deadline,
            $"the analytics report to list {string.Join(", ", expected.Select(e => $"'{e.Query}' in {e.List}"))}",
            report => report.ToString());

    private static string Figure(JsonElement report, string name) =>
        report.GetProperty(name).GetInt32().ToString("N0", CultureInfo.GetCultureInfo("en-US"));

    private async Task<BrowserPage> OpenAsync(bool phone = false)
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        return await browser.OpenAsync("/admin", phone);
    }

    private static async Task SignInAsync(IPage page)
    {
        var key = page.GetByLabel("Admin API key");
        await key.FillAsync(BrowserFixture.AdminKey);
        await key.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search rules", Level = 2 })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[aria-busy=\"true\"]')");
    }

    /// <summary>
    /// What went wrong on the page, less the browser's own console lines for answers the dashboard expects and
    /// explains: a 400 validation problem, a 401 for a wrong key, a 404 from routes this service may not have
    /// yet (synonyms, crisis phrases, changes), a 409 for an undo that must wait.
    /// </summary>
    private static List<string> Unexpected(BrowserPage visit) =>
        [.. visit.Errors.Where(e => !ExpectedStatus().IsMatch(e))];

    [GeneratedRegex(@"^console: Failed to load resource: the server responded with a status of 40[0149]")]
    private static partial Regex ExpectedStatus();

    [SkippableFact]
    public async Task The_dashboard_asks_for_the_key_rejects_a_wrong_one_and_then_shows_the_figures()
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        using var admin = Admin();
        await SearchAsync(admin, "detox");
        // Recorded before the last search the report is awaited for, so it is in the same write or an earlier one.
        await SearchAsync(admin, "ayuda para mi hijo con el juego", times: 1);
        await SearchAsync(admin, "qqzzvv blorp");
        await ReportListingAsync(admin, ("topQueries", "detox"), ("zeroResultQueries", "qqzzvv blorp"));

        var visit = await OpenAsync();
        var page = visit.Page;
        var key = page.GetByLabel("Admin API key");
        await Assertions.Expect(key).ToHaveAttributeAsync("type", "password");
        await key.FillAsync("not-the-key");
        await key.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That key was not accepted");
        await Assertions.Expect(key).ToBeFocusedAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('hh-admin-key')"));

        await SignInAsync(page);
        var report = await ReportAsync(admin);
        await Assertions.Expect(page.Locator("#total-searches")).ToHaveTextAsync(Figure(report, "searches"));
        await Assertions.Expect(page.Locator("#total-zero")).ToHaveTextAsync(Figure(report, "zeroResultSearches"));
        await Assertions.Expect(page.Locator("#total-crisis")).ToHaveTextAsync(Figure(report, "crisisNotices"));
        await Assertions.Expect(page.Locator("#total-clicks")).ToHaveTextAsync(Figure(report, "clicks"));
        Assert.True(report.GetProperty("spanishSearches").GetInt32() >= 1, "the Spanish search was counted");
        await Assertions.Expect(page.Locator("#total-spanish")).ToHaveTextAsync(Figure(report, "spanishSearches"));

        var top = page.GetByRole(AriaRole.Region, new() { Name = "Top searches" });
        await Assertions.Expect(top.GetByRole(AriaRole.Rowheader, new() { Name = "detox", Exact = true })).ToBeVisibleAsync();
        var zero = page.GetByRole(AriaRole.Region, new() { Name = "Searches with no results" });
        await Assertions.Expect(zero.GetByText("qqzzvv blorp", new() { Exact = true })).ToBeVisibleAsync();

        // The chart, and its figures as a table: one row a day of the period.
        var daily = page.GetByRole(AriaRole.Region, new() { Name = "Searches per day" });
        await Assertions.Expect(daily.GetByRole(AriaRole.Img)).ToHaveAccessibleNameAsync(new Regex($@"^Searches per day from .*: {Regex.Escape(Figure(report, "searches"))} search"));
        await daily.GetByText("The figures as a table").ClickAsync();
        await Assertions.Expect(daily.Locator("details tbody tr")).ToHaveCountAsync(30);

        await page.GetByLabel("Period").SelectOptionAsync("7");
        await Assertions.Expect(daily.Locator("details tbody tr")).ToHaveCountAsync(7);

        // The key is in this tab's sessionStorage only: not in the address, not in localStorage.
        Assert.Equal(BrowserFixture.AdminKey, await page.EvaluateAsync<string?>("() => sessionStorage.getItem('hh-admin-key')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.DoesNotContain(BrowserFixture.AdminKey, page.Url, StringComparison.Ordinal);

        // A reload keeps the session; signing out forgets the key and asks again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#total-searches")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Admin API key")).ToBeFocusedAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('hh-admin-key')"));
        Assert.Empty(Unexpected(visit));
    }

    [SkippableFact]
    public async Task A_rule_made_with_the_keyboard_pins_its_page_first_and_deleting_it_removes_it()
    {
        var visit = await OpenAsync();
        var page = visit.Page;
        await SignInAsync(page);
        var id = page.GetByLabel("Id", new() { Exact = true });
        for (var i = 0; i < 80 && !await id.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(id).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("dashboard-pin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("paying for care");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Applies to")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("/no-such-page/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save rule" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // The API's validation problem is shown next to the field it names, and that field gets the focus.
        var pin = page.GetByLabel("Pages to show first");
        await Assertions.Expect(pin).ToBeFocusedAsync();
        await Assertions.Expect(pin).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(pin).ToHaveAccessibleDescriptionAsync(new Regex("/no-such-page/.*not an indexed item"));
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync("/contact/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        var listed = page.Locator("[data-rule='dashboard-pin']");
        await Assertions.Expect(listed).ToContainTextAsync("\u201Cpaying for care\u201D");
        await Assertions.Expect(listed).ToContainTextAsync("/contact/");
        await Assertions.Expect(pin).Not.ToHaveAttributeAsync("aria-invalid", "true");
        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=paying%20for%20care")).RootElement.GetProperty("hits")[0];
        Assert.Equal("/contact/", first.GetProperty("url").GetString());
        Assert.True(first.GetProperty("pinned").GetBoolean());

        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete rule dashboard-pin" });
        await delete.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(listed).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleted the rule dashboard-pin");
        using var admin = Admin();
        Assert.DoesNotContain("dashboard-pin", await admin.GetStringAsync("/api/admin/rules"), StringComparison.Ordinal);
        Assert.Empty(Unexpected(visit));
    }

    [SkippableFact]
    public async Task Pin_a_page_for_this_on_a_search_with_no_results_makes_a_rule_for_that_search()
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        using var admin = Admin();
        const string query = "vvkkqq frimble";
        await SearchAsync(admin, query);
        await ReportListingAsync(admin, ("zeroResultQueries", query));
        try
        {
            var visit = await OpenAsync();
            var page = visit.Page;
            await SignInAsync(page);
            var item = page.GetByRole(AriaRole.Region, new() { Name = "Searches with no results" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = query });
            var open = item.GetByRole(AriaRole.Button, new() { Name = "Pin a page for this" });
            await open.ClickAsync();
            await Assertions.Expect(open).ToHaveAttributeAsync("aria-expanded", "true");
            var url = item.GetByLabel($"Page to show first for \u201C{query}\u201D");
            await Assertions.Expect(url).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("/contact/");
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Pinned /contact/ as the first result for \u201C{query}\u201D");
            await Assertions.Expect(open).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("[data-rule='pin-vvkkqq-frimble']")).ToContainTextAsync("/contact/");
            var rule = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/rules")).RootElement.EnumerateArray().Single(r => r.GetProperty("query").GetString() == query);
            Assert.Equal("pin-vvkkqq-frimble", rule.GetProperty("id").GetString());
            Assert.Equal(["/contact/"], rule.GetProperty("pin").EnumerateArray().Select(p => p.GetString()));
            Assert.Empty(Unexpected(visit));
        }
        finally
        {
            await admin.DeleteAsync("/api/admin/rules/pin-vvkkqq-frimble");
        }
    }

    [SkippableFact]
    public async Task Synonyms_saved_from_the_dashboard_apply_to_the_next_search_and_its_undo_puts_them_back()
    {
        var visit = await OpenAsync();
        var page = visit.Page;
        using var admin = Admin();
        var original = await admin.GetStringAsync("/api/admin/synonyms");
        await SignInAsync(page);

        var area = page.GetByLabel("Synonyms file");
        await Assertions.Expect(area).ToHaveValueAsync(original);
        await area.FillAsync(original + "\nonlyoneword\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(area).ToBeFocusedAsync();
        await Assertions.Expect(area).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(area).ToHaveAccessibleDescriptionAsync(new Regex("onlyoneword"));
        Assert.Equal(original, await admin.GetStringAsync("/api/admin/synonyms"));

        await area.FillAsync(original + "\nquillbrask => detox\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("^Saved: "))).ToBeVisibleAsync();
        Assert.Contains("/treatments/inpatient-detox/", await HitUrlsAsync(admin, "quillbrask"));

        var recent = page.GetByRole(AriaRole.Region, new() { Name = "Recent changes" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(recent.Nth(0)).ToContainTextAsync("ynonyms");
        await recent.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Undone");
        await Assertions.Expect(recent.Nth(0)).ToContainTextAsync("an undo");

        Assert.Equal(original, await admin.GetStringAsync("/api/admin/synonyms"));
        Assert.DoesNotContain("/treatments/inpatient-detox/", await HitUrlsAsync(admin, "quillbrask"));
        await Assertions.Expect(area).ToHaveValueAsync(original);

        // The change undone cannot be undone twice: the dashboard shows the service's reason with it.
        var conflict = await admin.PostAsync($"/api/admin/changes/{await LatestChangeAsync(admin, undone: true)}/undo", null);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Empty(Unexpected(visit));
    }

    private static async Task<IReadOnlyList<string>> HitUrlsAsync(HttpClient client, string query) =>
        [.. JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}&mode=lexical")).RootElement
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!)];

    private static async Task<long> LatestChangeAsync(HttpClient admin, bool undone) =>
        JsonDocument.Parse(await admin.GetStringAsync("/api/admin/changes?limit=50")).RootElement.GetProperty("changes")
            .EnumerateArray().First(c => c.GetProperty("undone").GetBoolean() == undone).GetProperty("id").GetInt64();

    [SkippableFact]
    public async Task The_signed_in_dashboard_has_no_accessibility_violations_and_fits_a_phone()
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        using var admin = Admin();
        await SearchAsync(admin, "family program");
        await SearchAsync(admin, "xxkkjj wobble");
        await ReportListingAsync(admin, ("topQueries", "family program"), ("zeroResultQueries", "xxkkjj wobble"));
        var rule = await admin.PutAsync("/api/admin/rules/dashboard-axe", JsonContent.Create(new { query = "insurance", match = "contains", pin = new[] { "/about/insurance/" }, hide = new[] { "/about/careers/" } }));
        Assert.True(rule.IsSuccessStatusCode, await rule.Content.ReadAsStringAsync());
        try
        {
            foreach (var phone in new[] { false, true })
            {
                var visit = await OpenAsync(phone);
                var page = visit.Page;

                await SignInAsync(page);
                await Assertions.Expect(page.GetByLabel("Crisis phrases file")).ToBeVisibleAsync();
                await page.GetByText("The figures as a table").ClickAsync();
                await page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "xxkkjj wobble" }).GetByRole(AriaRole.Button, new() { Name = "Pin a page for this" }).ClickAsync();

                var axe = await page.RunAxe();
                var violations = axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Select(n => n.Target))})").ToList();
                Assert.True(violations.Count == 0, $"{(phone ? "phone" : "desktop")}: {string.Join("; ", violations)}");
                Assert.Empty(Unexpected(visit));

                if (phone)
                {
                    var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.scrollingElement.clientWidth"));
                    Assert.True(scrollWidth <= clientWidth, $"the dashboard scrolls sideways at phone width: {scrollWidth} > {clientWidth}");
                }

                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"dashboard-{(phone ? "phone" : "desktop")}.png"),
                    FullPage = true,
                });
            }
        }
        finally
        {
            await admin.DeleteAsync("/api/admin/rules/dashboard-axe");
        }
    }
}
