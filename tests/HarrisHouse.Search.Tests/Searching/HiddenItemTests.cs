using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>
/// Items kept out of search (front matter <c>search: false</c>), on a real index built from files: found by no
/// search, suggestion, facet count or "did you mean", but still read by their URL and still in related lists.
/// </summary>
public sealed class HiddenItemTests : IDisposable
{
    private const string Hidden = "/blog/thank-you-zebrafinch-gala-donors/";
    private const string HiddenListing = "/blog/zebrafinch-archive/";
    private const string Gala = "/blog/spring-gala-raises-funds-for-recovery/";

    private readonly TemporaryDirectory _directory = new("hidden");
    private readonly SearchEngine _engine;

    public HiddenItemTests()
    {
        var content = _directory.Combine("content");
        ContentFiles.Write(content, "hidden.md", ContentFiles.Post(
            "thank-you-zebrafinch-gala-donors",
            "Thank You to Our Zebrafinch Gala Donors",
            "Every donor to the zebrafinch gala helps a neighbor begin recovery. Your gifts pay for detox beds, counseling and family support.",
            date: "2021-03-03",
            categories: "[Gratitude, Recovery]",
            tags: "[donors, gala, recovery]",
            extra: "search: false"));
        ContentFiles.Write(content, "listing.md", """
            ---
            type: page
            title: "Zebrafinch Archive"
            url: /blog/zebrafinch-archive/
            summary: "Every zebrafinch gala post, donors and recovery stories."
            categories: [Recovery]
            listing: true
            search: false
            ---

            Gala donors, recovery, detox beds, counseling and family support: all our zebrafinch posts.
            """);
        ContentFiles.Write(content, "gala.md", ContentFiles.Post(
            "spring-gala-raises-funds-for-recovery",
            "Spring Gala Raises Funds for Recovery",
            "The spring gala brought donors together. Their gifts pay for detox beds, counseling and family support for neighbors in recovery.",
            tags: "[donors, gala, recovery]"));
        ContentFiles.Write(content, "detox.md", ContentFiles.Post("what-detox-is-like", "What Detox Is Like", "Detox beds, counseling and support in the first days of recovery.", tags: "[detox, recovery]"));
        ContentFiles.Write(content, "family.md", ContentFiles.Post("family-support-in-recovery", "Family Support in Recovery", "Family support and counseling help recovery last; donors fund our family program.", tags: "[family, recovery]"));

        var options = SampleSite.Options(_directory.Combine("index"), content);
        var report = SampleSite.Build(options);
        Assert.True(report.Succeeded, report.FailureReason);
        _engine = SearchEngine.Create(options, writable: false);
        _engine.Index.Start();
    }

    public void Dispose()
    {
        _engine.Dispose();
        _directory.Dispose();
    }

    private SearchResult Search(string query, IReadOnlyList<string>? categories = null, IReadOnlyList<int>? years = null) =>
        _engine.Search.Search(new SearchRequest { Query = query, Categories = categories ?? [], Years = years ?? [], PageSize = 50 });

    [Fact]
    public void An_item_with_search_false_is_indexed_and_read_by_its_url_but_found_by_no_search()
    {
        var item = _engine.Documents.Get(Hidden);
        Assert.NotNull(item);
        Assert.False(item.Searchable);
        Assert.True(_engine.Documents.Get(Gala)!.Searchable);

        Assert.Empty(Search("zebrafinch").Hits);
        Assert.Equal(0, Search("zebrafinch").TotalHits);
        Assert.Empty(Search("\"zebrafinch gala\"").Hits);
        var gala = Search("gala donors");
        Assert.Contains(gala.Hits, h => h.Url == Gala);
        Assert.DoesNotContain(gala.Hits, h => h.Url is Hidden or HiddenListing);
        Assert.DoesNotContain(_engine.Search.Rank(new SearchRequest { Query = "thank you zebrafinch gala donors" }, 10), h => h.Url == Hidden);
    }

    [Fact]
    public void An_item_with_search_false_is_in_no_browse_and_no_facet_count()
    {
        var browse = Search("");

        Assert.Equal(3, browse.TotalHits);
        Assert.DoesNotContain(browse.Hits, h => h.Url is Hidden or HiddenListing);
        Assert.DoesNotContain(browse.Facets.Category, f => f.Value == "Gratitude");
        Assert.DoesNotContain(browse.Facets.Year, f => f.Value == "2021");
        Assert.Equal(3, browse.Facets.Category.Single(f => f.Value == "Recovery").Count);
        Assert.Equal(3, browse.Facets.Type.Sum(f => f.Count));

        var filtered = Search("", categories: ["Gratitude"]);
        Assert.Empty(filtered.Hits);
        Assert.Equal(3, filtered.Facets.Category.Single(f => f.Value == "Recovery").Count);
        Assert.Empty(Search("donors", years: [2021]).Hits);
        Assert.DoesNotContain(Search("donors").Facets.Year, f => f.Value == "2021");
    }

    [Fact]
    public void An_item_with_search_false_is_not_suggested_nor_offered_as_a_spelling()
    {
        Assert.Empty(_engine.Suggest.Suggest("zebraf", 8).Suggestions);
        Assert.DoesNotContain(_engine.Suggest.Suggest("thank you", 8).Suggestions, s => s.Url == Hidden);
        Assert.Contains(_engine.Suggest.Suggest("spring ga", 8).Suggestions, s => s.Url == Gala);

        var misspelled = Search("zebrafinsh");
        Assert.Empty(misspelled.Hits);
        Assert.Null(misspelled.DidYouMean);
    }

    [Fact]
    public void An_item_with_search_false_is_still_related_and_has_its_own_list_but_a_hidden_listing_is_in_none()
    {
        var galaList = _engine.Related.ForUrl(Gala, RelatedService.MaxCount)!.Items;
        Assert.Contains(galaList, r => r.Url == Hidden);

        var own = _engine.Related.ForUrl(Hidden, RelatedService.MaxCount)!.Items;
        Assert.Contains(own, r => r.Url == Gala);

        foreach (var url in new[] { Hidden, Gala, "/blog/what-detox-is-like/", "/blog/family-support-in-recovery/" })
        {
            Assert.DoesNotContain(_engine.Related.ForUrl(url, RelatedService.MaxCount)!.Items, r => r.Url == HiddenListing);
        }
    }

    [Fact]
    public void A_rule_cannot_pin_an_item_with_search_false_into_results()
    {
        Assert.Empty(_engine.Curation.PutRule(new SearchRule("thanks", "gala", RuleMatch.Exact, [Hidden, Gala], [])));

        var result = Search("gala");

        Assert.Equal(Gala, result.Hits[0].Url);
        Assert.DoesNotContain(result.Hits, h => h.Url == Hidden);
    }
}
