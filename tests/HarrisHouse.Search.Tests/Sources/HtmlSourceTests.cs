using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Html;
using HarrisHouse.Search.Sources.Http;
using HarrisHouse.Search.Testing;
using HarrisHouse.Search.Testing.StandIns;

namespace HarrisHouse.Search.Tests.Sources;

/// <summary>Saved pages and sitemaps in the shape of the live site: only each page's article is indexed.</summary>
public sealed class HtmlSourceTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Fixtures, "Html");

    /// <summary>Strings of the menus, top bar, share block, related links, author box and footer around every article.</summary>
    private static readonly string[] AroundTheArticle =
    [
        "Credentialing Partners", "Partial Hospitalization Program", "Alumni Success Stories", "CALL TODAY", "Share this", "Click to share on Facebook",
        "You also might be interested in", "Journaling Prompts for Hard Evenings", "How Volunteering Strengthens Recovery", "4100 Riverview Lane",
        "HARRIS HOUSE FOUNDATION", "hhStickyHeader", "View entries by grant",
    ];

    private static void AssertOnlyTheArticles(ContentSnapshot snapshot)
    {
        Assert.Empty(snapshot.Problems);
        Assert.Equal(3, snapshot.Items.Count);
        var sober = snapshot.Items.Single(i => i.Url == "/blog/sober-living-after-rehab/");
        Assert.Equal(ContentType.Blog, sober.Type);
        Assert.Equal("Sober Living After Rehab: What to Expect", sober.Title);
        Assert.Equal(new DateOnly(2024, 6, 2), sober.Published);
        Assert.Equal(["Recovery", "Blog"], sober.Categories);
        Assert.Contains("a shared, substance-free residence", sober.Body, StringComparison.Ordinal);

        var stress = snapshot.Items.Single(i => i.Url == "/blog/managing-stress-in-recovery/");
        Assert.Equal("Managing Stress in Recovery: It’s a Skill You Can Build", stress.Title);
        Assert.Contains("low blood sugar can feel a lot like anxiety", stress.Body, StringComparison.Ordinal);

        var family = snapshot.Items.Single(i => i.Url == "/treatments/family-program/");
        Assert.Equal(ContentType.Treatment, family.Type);
        Assert.Null(family.Published);
        Assert.Contains("Sessions are held on weekday evenings and Saturday mornings", family.Body, StringComparison.Ordinal);

        foreach (var item in snapshot.Items)
        {
            foreach (var noise in AroundTheArticle)
            {
                Assert.DoesNotContain(noise, item.Body + " " + string.Join(" ", item.Headings) + " " + item.Summary, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task A_folder_of_saved_pages_yields_only_each_pages_article_with_its_title_date_and_categories()
    {
        var snapshot = await new HtmlFolderSource(Folder, new WebSourceSettings()).LoadAsync(null, CancellationToken.None);

        AssertOnlyTheArticles(snapshot);
    }

    [Fact]
    public async Task A_sitemap_yields_the_same_articles_fetched_from_the_site()
    {
        await using var site = await StaticSiteStandIn.StartAsync();
        var settings = new WebSourceSettings { FirstRetryDelay = TimeSpan.FromMilliseconds(10) };
        using var http = PoliteHttp.Create(settings);

        var snapshot = await new SitemapSource(site.Sitemap, http, settings).LoadAsync(null, CancellationToken.None);

        AssertOnlyTheArticles(snapshot);
    }

    [Fact]
    public async Task A_missing_folder_is_an_error_naming_it()
    {
        var error = await Assert.ThrowsAsync<ContentSourceException>(() => new HtmlFolderSource("/no/such/folder", new WebSourceSettings()).LoadAsync(null, CancellationToken.None));

        Assert.Contains("/no/such/folder", error.Message, StringComparison.Ordinal);
    }
}
