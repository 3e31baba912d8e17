using System.Text.RegularExpressions;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Each hit says which words of the search it lacks ("Missing: …"), and only those it truly lacks.</summary>
public sealed class MissingWordsTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private SearchResult Search(string query) => site.Engine.Search.Search(new SearchRequest { Query = query, PageSize = 20 });

    private string Text(string url)
    {
        var page = site.Engine.Documents.Get(url)!;
        return string.Join(" ", page.Title, page.Summary, page.Body, string.Join(" ", page.Headings), string.Join(" ", page.Categories), string.Join(" ", page.Tags));
    }

    [Fact]
    public void A_word_the_site_never_uses_is_missing_from_every_page_found_by_the_others_and_from_the_site()
    {
        var result = Search("gambling addiction");

        Assert.Equal(["gambling"], result.WordsNotFound);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit =>
        {
            Assert.Equal(["gambling"], hit.Missing);
            Assert.DoesNotMatch(@"(?i)\bgambl", Text(hit.Url));
        });
    }

    [Fact]
    public void A_hit_lacks_a_word_exactly_when_its_text_does_not_say_it()
    {
        // Four words need only most of them: some pages are found without "long".
        var hits = Search("how long is detox").Hits;

        Assert.Contains(hits, hit => hit.Missing.Contains("long"));
        // Other pages say "long": it is missing from some hits, not from the site.
        Assert.Empty(Search("how long is detox").WordsNotFound);
        Assert.Contains(hits, hit => hit.Missing.Count == 0);
        Assert.All(hits, hit => Assert.Equal(hit.Missing.Contains("long"), !Regex.IsMatch(Text(hit.Url), @"(?i)\blong(er|est)?\b")));
    }

    [Theory]
    [InlineData("halfway house", "/treatments/transitional-housing/")]
    [InlineData("benzos", "/addictions/benzodiazepines/")]
    public void A_word_found_through_its_synonym_is_not_missing(string query, string url)
    {
        var hit = Search(query).Hits.Single(h => h.Url == url);

        Assert.DoesNotMatch($@"(?i)\b{query}\b", Text(url));
        Assert.Empty(hit.Missing);
    }

    [Fact]
    public void A_misspelt_word_found_by_its_close_spelling_is_not_missing() =>
        Assert.All(Search("fentanly").Hits, hit => Assert.Empty(hit.Missing));

    [Fact]
    public void A_browse_has_no_words_to_miss() =>
        Assert.All(Search("").Hits, hit => Assert.Empty(hit.Missing));
}
