using System.Text.RegularExpressions;
using HarrisHouse.Search.Testing;
using Microsoft.Playwright;

namespace HarrisHouse.Search.BrowserTests;

/// <summary>The API with the embedding model on, as shipped: a misspelt word the site and the model both lack is searched as its correction.</summary>
public sealed class SemanticBrowserFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string> Configuration => new Dictionary<string, string>
    {
        ["Search:Semantic:Enabled"] = "true",
        ["Search:Semantic:CachePath"] = SemanticSite.SharedCache,
    };
}

/// <summary>
/// The results page says when it shows a misspelt search's correction ("Showing results for …") and offers the
/// words as typed, the way a visitor who meant them would want.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class RespellingWidgetTests(SemanticBrowserFixture browser) : IClassFixture<SemanticBrowserFixture>
{
    [SkippableFact]
    public async Task A_respelt_search_says_what_it_shows_and_searching_instead_as_typed_shows_the_typed_words()
    {
        Skip.If(browser.Browser is null, BrowserFixture.MissingBrowser);
        var visit = await browser.OpenAsync("/search?q=metadone+maintenance");
        var page = visit.Page;

        var searchedFor = page.Locator(".hh-searchedfor");
        await Assertions.Expect(searchedFor).ToContainTextAsync("Showing results for methadone maintenance");
        await Assertions.Expect(page.Locator(".hh-status")).ToHaveTextAsync(new Regex(@"results for ""methadone maintenance""$"));
        await Assertions.Expect(page.Locator(".hh-hit a").First).ToHaveAttributeAsync("href", new Regex("/addictions/opioids/"));

        // The results are already the correction's: it is not offered again as "did you mean".
        await Assertions.Expect(page.Locator(".hh-didyoumean:not(.hh-searchedfor)")).ToHaveCountAsync(0);

        await searchedFor.GetByRole(AriaRole.Link, new() { Name = "metadone maintenance" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"asTyped=true"));
        await Assertions.Expect(page.Locator(".hh-status")).ToHaveTextAsync(new Regex(@"results for ""metadone maintenance""$"));
        await Assertions.Expect(page.Locator(".hh-searchedfor")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".hh-hit a").First).Not.ToHaveAttributeAsync("href", new Regex("/addictions/opioids/"));

        // A new search from the box is respelt again: "as typed" was for that one search.
        var input = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await input.FillAsync("alchohol detox");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".hh-searchedfor")).ToContainTextAsync("Showing results for alcohol detox");
        Assert.DoesNotContain("asTyped", page.Url, StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }
}
