using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using HarrisHouse.Search.Testing;
using Microsoft.Playwright;

namespace HarrisHouse.Search.BrowserTests;

/// <summary>The widgets as visitors use them, in headless Chromium against the API on a loopback port.</summary>
[Trait("Speed", "Slow")]
public sealed class WidgetTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Article = "/demo/article?url=/blog/whats-the-difference-between-opioid-dependence-and-addiction/";

    private async Task<BrowserPage> OpenAsync(string path, bool phone = false)
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        return await browser.OpenAsync(path, phone);
    }

    /// <summary>
    /// The home page with "opi" typed and its suggestions shown, and the suggestions for "opio" held back until the
    /// returned source is set: a slow answer, arriving when the test decides.
    /// </summary>
    private async Task<(BrowserPage Visit, TaskCompletionSource Held)> OpenWithOpioSuggestionsHeldAsync()
    {
        var visit = await OpenAsync("/");
        var held = new TaskCompletionSource();
        await visit.Page.RouteAsync(new Regex(@"/api/suggest\?q=opio&"), async route =>
        {
            await held.Task;
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The page gave the request up (Escape aborts it): nothing is left to continue.
            }
        });
        await visit.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" }).PressSequentiallyAsync("opi", new() { Delay = 40 });
        await Assertions.Expect(visit.Page.GetByRole(AriaRole.Listbox)).ToHaveAttributeAsync("data-for", "opi");
        return (visit, held);
    }

    [SkippableFact]
    public async Task Typing_opio_shows_suggestions_and_arrow_down_then_enter_opens_the_page()
    {
        var visit = await OpenAsync("/");
        var page = visit.Page;
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await input.PressSequentiallyAsync("opio", new() { Delay = 60 });

        var options = page.GetByRole(AriaRole.Option);
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveAttributeAsync("data-for", "opio");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(options.First).ToContainTextAsync("Opioid");
        await Assertions.Expect(options.First).ToContainTextAsync("Addiction topic");

        await input.PressAsync("ArrowDown");
        var firstId = await options.First.GetAttributeAsync("id");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", firstId!);
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await input.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/demo/article\?url=/addictions/opioids/$"));
        await Assertions.Expect(page.Locator("h1.article-title")).ToHaveTextAsync("Opioid Addiction");
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task A_search_no_title_names_offers_the_searchs_best_page_and_enter_opens_it()
    {
        var visit = await OpenAsync("/");
        var page = visit.Page;
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await input.PressSequentiallyAsync("visiting hours", new() { Delay = 40 });

        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveAttributeAsync("data-for", "visiting hours");
        var first = page.GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToHaveClassAsync(new Regex(@"\bhh-option-result\b"));
        var title = await first.Locator(".hh-option-text").TextContentAsync();

        await input.PressAsync("ArrowDown");
        await input.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/demo/article\?url=/[a-z0-9/-]+/$"));
        await Assertions.Expect(page.Locator("h1.article-title")).ToHaveTextAsync(title!);
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Suggestions_arriving_after_the_visitor_moved_to_an_option_keep_that_option_chosen()
    {
        var (visit, held) = await OpenWithOpioSuggestionsHeldAsync();
        var page = visit.Page;
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        var listbox = page.GetByRole(AriaRole.Listbox);

        var refresh = page.WaitForRequestAsync(new Regex(@"/api/suggest\?q=opio&"));
        await input.PressAsync("o");
        await refresh;
        await input.PressAsync("ArrowDown");
        var chosen = (await page.GetByRole(AriaRole.Option).First.Locator(".hh-option-text").TextContentAsync())!;
        held.SetResult();

        await Assertions.Expect(listbox).ToHaveAttributeAsync("data-for", "opio");
        var stillChosen = page.GetByRole(AriaRole.Option).Filter(new() { Has = page.Locator(".hh-option-text", new() { HasTextRegex = new Regex($"^{Regex.Escape(chosen)}$") }) });
        await Assertions.Expect(stillChosen).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", (await stillChosen.GetAttributeAsync("id"))!);
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Suggestions_arriving_after_escape_do_not_reopen_the_list()
    {
        var (visit, held) = await OpenWithOpioSuggestionsHeldAsync();
        var page = visit.Page;
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        var listbox = page.GetByRole(AriaRole.Listbox);

        var late = page.WaitForRequestAsync(new Regex(@"/api/suggest\?q=opio&"));
        await input.PressAsync("o");
        var request = await late;
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.RequestFinished += (_, r) => { if (r == request) ended.TrySetResult(); };
        page.RequestFailed += (_, r) => { if (r == request) ended.TrySetResult(); };
        await input.PressAsync("Escape");
        await Assertions.Expect(listbox).ToBeHiddenAsync();
        held.SetResult();
        await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // One rendering turn after the request ended: a late answer would have been shown by then.
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))");

        await Assertions.Expect(listbox).ToBeHiddenAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(input).ToHaveValueAsync("opio");
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Escape_closes_the_suggestions_and_enter_without_a_choice_opens_the_results_page()
    {
        var visit = await OpenAsync("/");
        var page = visit.Page;
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await input.PressSequentiallyAsync("family", new() { Delay = 40 });
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await input.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");

        await input.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=family$"));
        await Assertions.Expect(page.Locator(".hh-hit").First).ToBeVisibleAsync();
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task A_search_shows_highlighted_results_a_category_narrows_them_and_back_restores_them()
    {
        var visit = await OpenAsync("/search?q=alcohol");
        var page = visit.Page;
        var status = page.Locator(".hh-status");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex(@"^\d+ results for ""alcohol""$"));
        var before = int.Parse(Regex.Match(await status.TextContentAsync() ?? "", @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator(".hh-hit .hh-mark").First).ToBeVisibleAsync();
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

        var family = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Family \(\d+\)$") });
        var familyCount = int.Parse(Regex.Match(await page.Locator("label", new() { Has = page.Locator(".hh-count") }).Filter(new() { HasText = "Family" }).First.TextContentAsync() ?? "", @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await family.CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("category=Family"));
        await Assertions.Expect(status).ToHaveTextAsync($"{familyCount} {(familyCount == 1 ? "result" : "results")} for \"alcohol\"");
        Assert.True(familyCount < before);
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Family") })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".hh-hit")).ToHaveCountAsync(Math.Min(familyCount, 10));

        await page.GoBackAsync();
        await Assertions.Expect(status).ToHaveTextAsync($"{before} results for \"alcohol\"");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Family") })).Not.ToBeCheckedAsync();
        Assert.DoesNotContain("category", page.Url, StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Each_result_shows_the_words_of_the_search_it_lacks_struck_through_and_the_page_says_the_site_has_none()
    {
        // The sample site says nothing about gambling: every page found for "addiction" says so.
        var visit = await OpenAsync("/search?q=gambling%20addiction");
        var hits = visit.Page.Locator(".hh-hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        var count = await hits.CountAsync();
        await Assertions.Expect(visit.Page.Locator(".hh-hit .hh-missing")).ToHaveCountAsync(count);
        await Assertions.Expect(hits.First.Locator(".hh-missing")).ToHaveTextAsync("Missing: gambling");
        await Assertions.Expect(hits.First.Locator(".hh-missing s")).ToHaveTextAsync("gambling");
        await Assertions.Expect(visit.Page.Locator(".hh-notfound")).ToHaveTextAsync("No page mentions gambling.");

        // Every result for "detox" says "detox" (or a synonym of it): nothing is missing.
        await visit.Page.GotoAsync("/search?q=detox");
        await Assertions.Expect(visit.Page.Locator(".hh-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(visit.Page.Locator(".hh-missing")).ToHaveCountAsync(0);
        await Assertions.Expect(visit.Page.Locator(".hh-notfound")).ToHaveCountAsync(0);
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task A_search_typed_in_Spanish_gets_the_results_page_lines_in_Spanish_and_the_pages_keep_their_language()
    {
        // The sample site says nothing about gambling ("juego"): the lines that say so speak the visitor's language.
        var visit = await OpenAsync("/search?q=" + Uri.EscapeDataString("ayuda para mi hijo con el juego"));
        var page = visit.Page;
        var body = page.Locator(".hh-results-body");
        await Assertions.Expect(page.Locator(".hh-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hh-status")).ToHaveTextAsync(new Regex(@"^\d+ resultados para ""ayuda para mi hijo con el juego""$"));
        await Assertions.Expect(page.Locator(".hh-status")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(body).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator(".hh-notfound")).ToHaveTextAsync("Ninguna página menciona juego.");
        await Assertions.Expect(page.Locator(".hh-hit .hh-missing").First).ToHaveTextAsync(new Regex("^(Falta: [^ ]+|Faltan: .+ .+)$"));
        await Assertions.Expect(page.Locator(".hh-sort-label")).ToHaveTextAsync("Ordenar por");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Página siguiente" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hh-hit-title").First).ToHaveAttributeAsync("lang", "en");

        // No page matches under a filter: the way on is offered in Spanish, with the phone number.
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("cuanto cuesta el tratamiento") + "&year=2001");
        var empty = page.Locator(".hh-empty");
        await Assertions.Expect(empty).ToContainTextAsync("No encontramos nada para \"cuanto cuesta el tratamiento\".");
        await Assertions.Expect(empty).ToContainTextAsync("llame a nuestro equipo de admisiones al 314-631-4299");
        await Assertions.Expect(empty.GetByRole(AriaRole.Link, new() { Name = "Contáctenos" })).ToBeVisibleAsync();

        // The next search, in English, is answered in English again, on the same page.
        await page.GotoAsync("/search?q=gambling%20addiction");
        await Assertions.Expect(page.Locator(".hh-notfound")).ToHaveTextAsync("No page mentions gambling.");
        await Assertions.Expect(body).Not.ToHaveAttributeAsync("lang", new Regex("."));
        await Assertions.Expect(page.Locator(".hh-sort-label")).ToHaveTextAsync("Sort by");
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Opening_a_result_is_counted_as_a_click_at_its_position_by_the_widgets_beacon()
    {
        var visit = await OpenAsync("/search?q=alcohol");
        var page = visit.Page;
        var third = page.Locator(".hh-hit-link").Nth(2);
        await Assertions.Expect(third).ToBeVisibleAsync();
        using var admin = new HttpClient { BaseAddress = browser.BaseAddress };
        admin.DefaultRequestHeaders.Add("X-Api-Key", BrowserFixture.AdminKey);
        async Task<int> ClicksAtThird()
        {
            var report = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync("/api/admin/analytics?days=1")).RootElement;
            return report.GetProperty("clicksByPosition").EnumerateArray().Where(p => p.GetProperty("position").GetInt32() == 3).Sum(p => p.GetProperty("clicks").GetInt32());
        }

        var before = await ClicksAtThird();
        await third.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/search?", StringComparison.Ordinal));

        await Eventually.AssertAsync(async () => await ClicksAtThird() == before + 1, TimeSpan.FromSeconds(15), "the click at position 3 to be counted by the API");
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task A_page_pinned_by_a_staff_rule_comes_first_labelled_recommended()
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        using var admin = new HttpClient { BaseAddress = browser.BaseAddress };
        admin.DefaultRequestHeaders.Add("X-Api-Key", BrowserFixture.AdminKey);
        var rule = await admin.PutAsync("/api/admin/rules/browser-pin", System.Net.Http.Json.JsonContent.Create(new { query = "paying for treatment", match = "exact", pin = new[] { "/contact/" } }));
        Assert.True(rule.IsSuccessStatusCode, await rule.Content.ReadAsStringAsync());
        try
        {
            var visit = await OpenAsync("/search?q=paying%20for%20treatment");
            var first = visit.Page.Locator(".hh-hit").First;

            await Assertions.Expect(first.Locator(".hh-pinned")).ToHaveTextAsync("Recommended");
            await Assertions.Expect(first.Locator(".hh-hit-link")).ToHaveAttributeAsync("href", new Regex("/contact/"));
            await Assertions.Expect(visit.Page.Locator(".hh-pinned")).ToHaveCountAsync(1);
            Assert.Empty(visit.Errors);
        }
        finally
        {
            await admin.DeleteAsync("/api/admin/rules/browser-pin");
        }
    }

    [SkippableFact]
    public async Task Pages_and_sort_change_the_url_and_the_results()
    {
        var visit = await OpenAsync("/search?q=recovery");
        var page = visit.Page;
        var firstTitle = await page.Locator(".hh-hit-title").First.TextContentAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Page 2" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("page=2"));
        await Assertions.Expect(page.Locator(".hh-hit-title").First).Not.ToHaveTextAsync(firstTitle!);
        await Assertions.Expect(page.Locator(".hh-page-current")).ToHaveTextAsync("2");

        await page.GetByLabel("Sort by").SelectOptionAsync("newest");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=newest"));
        Assert.DoesNotContain("page=2", page.Url, StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task A_misspelled_query_offers_did_you_mean_and_following_it_shows_results()
    {
        var visit = await OpenAsync("/search?q=alchohol");
        var page = visit.Page;
        var suggestion = page.Locator(".hh-didyoumean a");
        await Assertions.Expect(suggestion).ToHaveTextAsync("alcohol");
        await suggestion.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"q=alcohol$"));
        await Assertions.Expect(page.Locator(".hh-status")).ToHaveTextAsync(new Regex(@"results for ""alcohol""$"));
        await Assertions.Expect(page.Locator(".hh-didyoumean")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" })).ToHaveValueAsync("alcohol");
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Overdose_shows_the_crisis_notice_above_the_results()
    {
        var visit = await OpenAsync("/search?q=overdose");
        var notice = visit.Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("911");
        await Assertions.Expect(notice).ToContainTextAsync("988");
        await Assertions.Expect(notice).ToContainTextAsync("314-631-4299");
        var noticeTop = (await notice.BoundingBoxAsync())!.Y;
        var firstHitTop = (await visit.Page.Locator(".hh-hit").First.BoundingBoxAsync())!.Y;
        Assert.True(noticeTop < firstHitTop);

        var calm = await OpenAsync("/search?q=nutrition");
        await Assertions.Expect(calm.Page.Locator(".hh-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(calm.Page.Locator(".hh-crisis")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Typing_a_crisis_phrasing_shows_the_emergency_numbers_in_the_dropdown_before_submitting_in_the_search_language()
    {
        var visit = await OpenAsync("/", phone: true);
        var page = visit.Page;
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await input.PressSequentiallyAsync("detox", new() { Delay = 40 });
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveAttributeAsync("data-for", "detox");
        await Assertions.Expect(page.Locator(".hh-search-box .hh-crisis")).ToHaveCountAsync(0);

        await input.FillAsync("");
        await input.PressSequentiallyAsync("my friend took too many pills", new() { Delay = 30 });
        var notice = page.Locator(".hh-search-box").GetByRole(AriaRole.Alert);
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(notice).ToContainTextAsync("911");
        await Assertions.Expect(notice).ToContainTextAsync("988");
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);

        await input.FillAsync("");
        await input.PressSequentiallyAsync("mi hijo no respira", new() { Delay = 30 });
        await Assertions.Expect(notice).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(notice).ToContainTextAsync("llame al 911");
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task A_search_with_no_results_offers_the_phone_number_and_ways_on()
    {
        var visit = await OpenAsync("/search?q=zzzqqqxyz");
        var empty = visit.Page.Locator(".hh-empty");
        await Assertions.Expect(empty).ToContainTextAsync("314-631-4299");
        await Assertions.Expect(empty.GetByRole(AriaRole.Link, new() { Name = "Contact us" })).ToBeVisibleAsync();
        await Assertions.Expect(empty.GetByRole(AriaRole.Link, new() { Name = "Our treatment programs" })).ToBeVisibleAsync();
        await Assertions.Expect(visit.Page.Locator(".hh-status")).ToHaveTextAsync("0 results for \"zzzqqqxyz\"");
    }

    [SkippableFact]
    public async Task The_article_page_shows_three_related_items_with_dates_and_summaries()
    {
        var visit = await OpenAsync(Article);
        var page = visit.Page;
        await Assertions.Expect(page.Locator("h1.article-title")).ToHaveTextAsync("What's the Difference Between Opioid Dependence and Addiction?");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You also might be interested in" })).ToBeVisibleAsync();
        var items = page.Locator(".hh-related-item");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await Assertions.Expect(items.Nth(i).Locator(".hh-related-link")).ToHaveAttributeAsync("href", new Regex(@"^/demo/article\?url=/"));
            await Assertions.Expect(items.Nth(i).Locator(".hh-related-summary")).Not.ToBeEmptyAsync();
        }

        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task Script_in_a_query_is_shown_as_text_and_never_runs()
    {
        var visit = await OpenAsync("/search?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)><script>alert(2)</script> detox"));
        await Assertions.Expect(visit.Page.Locator(".hh-status")).ToContainTextAsync("<script>alert(2)</script>");
        await Assertions.Expect(visit.Page.Locator(".hh-results img")).ToHaveCountAsync(0);
        await Assertions.Expect(visit.Page.Locator(".hh-results script")).ToHaveCountAsync(0);
        Assert.Empty(visit.Errors);
    }

    [SkippableFact]
    public async Task The_search_works_from_the_keyboard_alone()
    {
        var visit = await OpenAsync("/");
        var page = visit.Page;
        for (var i = 0; i < 6 && !await page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" }).EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("detox");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=detox$"));
        await Assertions.Expect(page.Locator(".hh-hit").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(":focus")).ToBeVisibleAsync();
    }

    [SkippableTheory]
    [InlineData("home", "/")]
    [InlineData("results", "/search?q=detox")]
    [InlineData("filtered", "/search?q=alcohol&category=Family&type=blog")]
    [InlineData("crisis", "/search?q=overdose")]
    [InlineData("empty", "/search?q=zzzqqqxyz")]
    [InlineData("missing", "/search?q=gambling%20addiction")]
    [InlineData("article", Article)]
    public async Task Every_page_has_no_console_errors_no_serious_accessibility_violations_and_is_captured_at_both_widths(string name, string path)
    {
        foreach (var phone in new[] { false, true })
        {
            var visit = await OpenAsync(path, phone);
            var page = visit.Page;
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForFunctionAsync("() => !document.querySelector('[aria-busy=\"true\"]')");

            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
            Assert.True(serious.Count == 0, $"{name} ({(phone ? "phone" : "desktop")}): {string.Join("; ", serious)}");
            Assert.Empty(visit.Errors);

            if (phone)
            {
                var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
                Assert.False(overflow, $"{name} scrolls sideways at phone width");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}-{(phone ? "phone" : "desktop")}.png"),
                FullPage = true,
            });
        }
    }
}
