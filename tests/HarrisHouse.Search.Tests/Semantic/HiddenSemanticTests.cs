using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>The sample site with vectors and the real model, changed live by the tests of one class (each its own item).</summary>
public sealed class ChangedSemanticSiteFixture() : SiteFixture(SemanticSite.BuildAndOpen());

/// <summary><c>search: false</c> where meaning ranks: an item kept out of search is no semantic or hybrid hit.</summary>
[Trait("Speed", "Slow")]
public sealed class HiddenSemanticTests(ChangedSemanticSiteFixture site) : IClassFixture<ChangedSemanticSiteFixture>
{
    private const string Housing = "/treatments/transitional-housing/";

    private SearchEngine Engine => site.Engine;

    private SearchResult Search(string query, SearchMode mode) =>
        Engine.Search.Search(new SearchRequest { Query = query, Mode = mode, PageSize = 50 });

    [Fact]
    public void An_item_with_search_false_is_no_hit_in_any_mode_but_is_still_read_and_related_and_comes_back_when_searchable()
    {
        const string question = "a place to live after treatment";
        foreach (var mode in new[] { SearchMode.Semantic, SearchMode.Hybrid })
        {
            Assert.Contains(Housing, Search(question, mode).Hits.Take(3).Select(h => h.Url));
        }

        var browsed = Search("", SearchMode.Hybrid).TotalHits;
        var urls = Engine.IndexedItems().Keys.Where(u => u != Housing).ToList();
        var relatedBefore = urls.Where(u => Engine.Related.ForUrl(u, RelatedService.MaxCount)!.Items.Any(r => r.Url == Housing)).ToList();
        Assert.NotEmpty(relatedBefore);
        var item = Engine.Documents.Get(Housing)!;

        Engine.Upsert(item with { Searchable = false });

        foreach (var mode in Enum.GetValues<SearchMode>())
        {
            foreach (var query in new[] { question, "transitional housing", "sober living house", "housing" })
            {
                var result = Search(query, mode);
                Assert.DoesNotContain(result.Hits, h => h.Url == Housing);
                Assert.Equal(result.TotalHits, result.Facets.Type.Sum(f => f.Count));
            }

            Assert.Equal(browsed - 1, Search("", mode).TotalHits);
        }

        Assert.NotEmpty(Search(question, SearchMode.Semantic).Hits);
        Assert.DoesNotContain(Engine.Suggest.Suggest("transitional", 8).Suggestions, s => s.Url == Housing);
        Assert.False(Engine.Documents.Get(Housing)!.Searchable);
        Assert.NotEmpty(Engine.Related.ForUrl(Housing, RelatedService.DefaultCount)!.Items);
        Assert.Contains(relatedBefore, u => Engine.Related.ForUrl(u, RelatedService.MaxCount)!.Items.Any(r => r.Url == Housing));

        Engine.Upsert(item);

        Assert.Contains(Housing, Search(question, SearchMode.Semantic).Hits.Take(3).Select(h => h.Url));
        Assert.Equal(browsed, Search("", SearchMode.Hybrid).TotalHits);
    }

}
