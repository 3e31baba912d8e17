using HarrisHouse.Search.Content;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Related;

public sealed class RelatedContentTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly IReadOnlyList<ContentItem> SampleItems =
        new MarkdownFolderSource(RepositoryPaths.Content).LoadAsync(null, CancellationToken.None).GetAwaiter().GetResult().Items;

    private IReadOnlyList<RelatedItem> Related(string url, int count = RelatedService.MaxCount) => site.Engine.Related.ForUrl(url, count)!.Items;

    [Fact]
    public void No_list_holds_the_item_itself_a_listing_page_or_two_items_with_one_title()
    {
        var listings = SampleItems.Where(i => i.IsListing).Select(i => i.Url).ToHashSet();
        Assert.NotEmpty(listings);
        foreach (var item in SampleItems)
        {
            var related = Related(item.Url);
            Assert.DoesNotContain(related, r => r.Url == item.Url);
            Assert.DoesNotContain(related, r => listings.Contains(r.Url));
            Assert.DoesNotContain(related, r => string.Equals(r.Title, item.Title, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(related.Count, related.Select(r => r.Title.ToLowerInvariant()).Distinct().Count());
        }
    }

    [Fact]
    public void Ordinary_pages_may_be_related()
    {
        var everywhere = SampleItems.SelectMany(i => Related(i.Url)).Select(r => r.Url).ToHashSet();
        Assert.Contains("/about/dual-diagnosis/", everywhere);
    }

    [Fact]
    public void A_blog_post_gets_posts_first_and_at_most_one_treatment_or_addiction_page()
    {
        foreach (var post in SampleItems.Where(i => i.Type == ContentType.Blog && !i.IsListing))
        {
            var related = Related(post.Url);
            Assert.True(related.Count(r => r.Type is ContentType.Treatment or ContentType.Addiction) <= 1, $"{post.Url} has more than one topic page");
            Assert.All(related.Take(2), r => Assert.False(r.Type is ContentType.Treatment or ContentType.Addiction, $"{post.Url}: {r.Url} comes before the posts"));
        }
    }

    [Fact]
    public void The_opioid_dependence_post_is_offered_opioid_or_detox_content_with_a_reason()
    {
        var related = Related("/blog/whats-the-difference-between-opioid-dependence-and-addiction/", 3);
        string[] subject = ["/addictions/opioids/", "/addictions/heroin/", "/addictions/fentanyl/", "/treatments/inpatient-detox/"];
        Assert.Contains(related, r => subject.Contains(r.Url));
        Assert.All(related, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains(related, r => r.Reason.StartsWith("Same subject", StringComparison.Ordinal));
    }

    [Fact]
    public void A_treatment_page_gets_a_neighbouring_program_first_and_posts_about_it()
    {
        var related = Related("/treatments/family-program/", 3);
        Assert.True(related[0].Type is ContentType.Treatment or ContentType.Addiction);
        Assert.Contains(related, r => r.Type == ContentType.Blog && r.Url.Contains("famil", StringComparison.Ordinal) || r.Title.Contains("Loved One", StringComparison.Ordinal) || r.Title.Contains("Children", StringComparison.Ordinal) || r.Title.Contains("Boundaries", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_item_that_shares_a_category_with_another_gets_a_non_empty_list()
    {
        foreach (var item in SampleItems.Where(i => !i.IsListing))
        {
            var sharesCategory = SampleItems.Any(o => o.Url != item.Url && !o.IsListing && o.Categories.Intersect(item.Categories).Any());
            if (sharesCategory)
            {
                Assert.NotEmpty(Related(item.Url));
            }
        }
    }

    [Fact]
    public void The_same_index_gives_the_same_lists()
    {
        var (directory, other) = SampleSite.BuildAndOpen();
        using (directory)
        using (other)
        {
            foreach (var item in SampleItems)
            {
                Assert.Equal(Related(item.Url), other.Related.ForUrl(item.Url, RelatedService.MaxCount)!.Items);
            }
        }
    }

    [Fact]
    public void A_draft_that_is_not_indexed_gets_related_items_for_its_text()
    {
        var related = site.Engine.Related.ForDraft(
            "When a loved one uses fentanyl",
            "Fentanyl is in much of the street drug supply. Families can carry naloxone, learn the signs of an opioid overdose and talk about treatment.",
            3);

        Assert.Equal(3, related.Count);
        Assert.Contains(related, r => r.Url is "/addictions/fentanyl/" or "/blog/understanding-fentanyl-and-the-overdose-crisis/" or "/blog/naloxone-what-families-should-know/");
    }

    [Fact]
    public void A_count_outside_1_to_10_is_rejected()
    {
        Assert.Throws<HarrisHouse.Search.Searching.InvalidSearchRequestException>(() => site.Engine.Related.ForUrl("/gallery/", 0));
        Assert.Throws<HarrisHouse.Search.Searching.InvalidSearchRequestException>(() => site.Engine.Related.ForUrl("/gallery/", 11));
        Assert.Null(site.Engine.Related.ForUrl("/no/such/page/", 3));
    }
}

/// <summary>Related lists on small sites of the test's own making.</summary>
public sealed class RelatedFallbackTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("related");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_item_with_little_text_falls_back_to_its_categories_and_tags()
    {
        var content = _directory.CopyOfSampleContent();
        ContentFiles.Write(content, "blog/short-note.md", ContentFiles.Post("short-note", "A short note", "See you at the meeting.", categories: "[Family]", tags: "[codependency]"));
        var (engine, _) = Open(content);
        using (engine)
        {
            var related = engine.Related.ForUrl("/blog/short-note/", 3)!.Items;
            Assert.Equal(3, related.Count);
            var family = (await new MarkdownFolderSource(content).LoadAsync(null, CancellationToken.None)).Items
                .Where(i => i.Categories.Contains("Family") || i.Tags.Contains("codependency")).Select(i => i.Url).ToHashSet();
            Assert.All(related, r => Assert.Contains(r.Url, family));
        }
    }

    [Fact]
    public void Two_items_with_one_title_never_appear_together()
    {
        var content = _directory.CopyOfSampleContent();
        var body = "Naloxone reverses an opioid overdose. Families can carry naloxone and learn the signs of overdose, fentanyl and heroin risks.";
        ContentFiles.Write(content, "blog/twin-a.md", ContentFiles.Post("twin-a", "Naloxone Saves Lives", body, categories: "[Opioids]", tags: "[naloxone, overdose]"));
        ContentFiles.Write(content, "blog/twin-b.md", ContentFiles.Post("twin-b", "Naloxone Saves Lives", body, categories: "[Opioids]", tags: "[naloxone, overdose]"));
        var (engine, _) = Open(content);
        using (engine)
        {
            foreach (var url in new[] { "/blog/naloxone-what-families-should-know/", "/addictions/opioids/", "/blog/understanding-fentanyl-and-the-overdose-crisis/" })
            {
                var titles = engine.Related.ForUrl(url, RelatedService.MaxCount)!.Items.Select(i => i.Title).ToList();
                Assert.True(titles.Count(t => t == "Naloxone Saves Lives") <= 1);
            }

            Assert.DoesNotContain(engine.Related.ForUrl("/blog/twin-a/", 10)!.Items, i => i.Title == "Naloxone Saves Lives");
        }
    }

    private (SearchEngine Engine, SearchOptions Options) Open(string content)
    {
        var options = SampleSite.Options(_directory.Combine("index"), content);
        SampleSite.Build(options);
        var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();
        return (engine, options);
    }
}
