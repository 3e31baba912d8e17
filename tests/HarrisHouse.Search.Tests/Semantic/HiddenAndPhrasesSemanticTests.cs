using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>The sample site with vectors and the real model, changed live by the tests of one class (each its own item).</summary>
public sealed class ChangedSemanticSiteFixture() : SiteFixture(SemanticSite.BuildAndOpen());

/// <summary>
/// <c>search: false</c> and search phrases where meaning ranks: an item kept out of search is no semantic or
/// hybrid hit, and an item's search phrases are compared with the query as its text is.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class HiddenAndPhrasesSemanticTests(ChangedSemanticSiteFixture site, ITestOutputHelper output) : IClassFixture<ChangedSemanticSiteFixture>
{
    private const string Housing = "/treatments/transitional-housing/";
    private const string FamilyProgram = "/treatments/family-program/";

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

    [Fact]
    public void Search_phrases_are_compared_by_meaning_too()
    {
        string[] asked = ["my kid is using again", "my child is using again", "my kid is using drugs again", "what do I do when my kid is using again"];
        var before = asked.ToDictionary(q => q, q => Rank(q, SearchMode.Semantic));
        var item = Engine.Documents.Get(FamilyProgram)!;

        Engine.Upsert(item with { SearchPhrases = ["my kid is using again", "how do I get my son into rehab"] });

        var after = asked.ToDictionary(q => q, q => (Semantic: Rank(q, SearchMode.Semantic), Hybrid: Rank(q, SearchMode.Hybrid)));
        foreach (var query in asked)
        {
            output.WriteLine($"{query}: semantic rank {before[query]} -> {after[query].Semantic}, hybrid {after[query].Hybrid}");
        }

        foreach (var query in asked)
        {
            Assert.True(after[query].Semantic < before[query], $"{query}: semantic rank {before[query]} -> {after[query].Semantic}");
            Assert.InRange(after[query].Semantic, 1, 3);
            Assert.InRange(after[query].Hybrid, 1, 3);
        }

        Assert.Equal(1, Rank("my kid is using again", SearchMode.Semantic));
        Assert.DoesNotContain("kid", Search("my kid is using again", SearchMode.Hybrid).Hits.Single(h => h.Url == FamilyProgram).Snippet, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The family program's 1-based rank, or int.MaxValue when it is not a hit.</summary>
    private int Rank(string query, SearchMode mode)
    {
        var index = Search(query, mode).Hits.Select(h => h.Url).ToList().IndexOf(FamilyProgram);
        return index < 0 ? int.MaxValue : index + 1;
    }
}
