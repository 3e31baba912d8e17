using System.Text.RegularExpressions;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Content;

/// <summary>The embedded sample site is complete and valid: every test and benchmark stands on it.</summary>
public sealed partial class SampleContentTests
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() =>
        new MarkdownFolderSource(RepositoryPaths.Content).LoadAsync(null, CancellationToken.None).GetAwaiter().GetResult());

    private static IReadOnlyList<ContentItem> Items => Snapshot.Value.Items;

    [Fact]
    public void Every_sample_item_is_valid() => Assert.Empty(Snapshot.Value.Problems);

    [Theory]
    [InlineData("/about/")]
    [InlineData("/about/insurance/")]
    [InlineData("/about/credentialing-partners/")]
    [InlineData("/about/admissions/")]
    [InlineData("/about/dual-diagnosis/")]
    [InlineData("/about/alumni-success-stories/")]
    [InlineData("/about/careers/")]
    [InlineData("/treatments/inpatient-detox/")]
    [InlineData("/treatments/partial-hospitalization-program/")]
    [InlineData("/treatments/intensive-outpatient-program/")]
    [InlineData("/treatments/transitional-housing/")]
    [InlineData("/treatments/family-program/")]
    [InlineData("/treatments/continuum-of-care/")]
    [InlineData("/resources/news-events/")]
    [InlineData("/gallery/")]
    [InlineData("/contact/")]
    [InlineData("/donate/")]
    public void Every_page_of_the_site_navigation_exists(string url) => Assert.Contains(Items, i => i.Url == url);

    [Theory]
    [InlineData("alcohol")]
    [InlineData("opioids")]
    [InlineData("heroin")]
    [InlineData("fentanyl")]
    [InlineData("prescription-drugs")]
    [InlineData("benzodiazepines")]
    [InlineData("methamphetamine")]
    [InlineData("cocaine")]
    [InlineData("marijuana")]
    public void The_named_addiction_topics_exist(string slug) =>
        Assert.Contains(Items, i => i.Url == $"/addictions/{slug}/" && i.Type == ContentType.Addiction);

    [Fact]
    public void There_are_at_least_ten_addiction_topics_and_45_blog_posts_from_2016_to_2025()
    {
        Assert.True(Items.Count(i => i.Type == ContentType.Addiction) >= 10);
        var posts = Items.Where(i => i.Type == ContentType.Blog).ToList();
        Assert.True(posts.Count >= 45, $"{posts.Count} blog posts");
        Assert.All(posts, p => Assert.InRange(p.Published!.Value.Year, 2016, 2025));
        Assert.All(posts, p => Assert.False(string.IsNullOrWhiteSpace(p.Author)));
        Assert.True(posts.Select(p => p.Author).Distinct().Count() >= 3, "posts come from a few authors");
        Assert.All(posts, p => Assert.StartsWith("/blog/", p.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/blog/whats-the-difference-between-opioid-dependence-and-addiction/", "2020-11-09")]
    [InlineData("/blog/hope-for-recovery-is-alive/", "2016-09-20")]
    [InlineData("/blog/growing-gratitude-in-the-garden-of-your-mind/", "2022-08-04")]
    [InlineData("/blog/how-trauma-affects-the-brain/", "2022-08-29")]
    [InlineData("/blog/2025-the-year-of-self-care-in-recovery/", null)]
    [InlineData("/blog/new-year-new-habits-building-a-recovery-friendly-routine-for-2025/", null)]
    [InlineData("/blog/staying-sober-and-strong-tips-for-new-year-2025/", null)]
    [InlineData("/blog/how-to-prevent-relapse-tips-and-strategies/", null)]
    [InlineData("/blog/the-importance-of-setting-goals-in-recovery/", null)]
    public void The_posts_the_seed_page_names_exist(string url, string? date)
    {
        var post = Assert.Single(Items, i => i.Url == url);
        if (date is not null)
        {
            Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), post.Published);
        }
    }

    [Fact]
    public void The_dependence_post_lists_its_categories_once_each_although_its_source_repeats_one()
    {
        var post = Items.Single(i => i.Url == "/blog/whats-the-difference-between-opioid-dependence-and-addiction/");
        Assert.Equal(["Abuse", "Blog"], post.Categories);
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "blog", "whats-the-difference-between-opioid-dependence-and-addiction.md"));
        Assert.Contains("[Abuse, Abuse, Blog]", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_item_has_150_to_700_words()
    {
        Assert.All(Items, item =>
        {
            var words = Words().Count(item.Body);
            Assert.True(words is >= 150 and <= 700, $"{item.Url} has {words} words");
        });
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
