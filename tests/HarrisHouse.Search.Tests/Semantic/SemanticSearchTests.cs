using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>The three search modes over the sample site with the real embedding model.</summary>
[Trait("Speed", "Slow")]
public sealed class SemanticSearchTests(SemanticSiteFixture site) : IClassFixture<SemanticSiteFixture>
{
    private SearchResult Search(string query, SearchMode? mode, Func<SearchRequest, SearchRequest>? refine = null)
    {
        var request = new SearchRequest { Query = query, Mode = mode, PageSize = 10 };
        return site.Engine.Search.Search(refine?.Invoke(request) ?? request);
    }

    [Theory]
    [InlineData(null, "hybrid")]
    [InlineData(SearchMode.Hybrid, "hybrid")]
    [InlineData(SearchMode.Lexical, "lexical")]
    [InlineData(SearchMode.Semantic, "semantic")]
    public void Each_mode_runs_as_asked_and_hybrid_is_the_default_with_the_model(SearchMode? mode, string ran)
    {
        Assert.Equal(ran, Search("alcohol detox", mode).Mode);
    }

    [Fact]
    public void Semantic_search_finds_the_page_a_question_means_without_sharing_its_key_words()
    {
        var semantic = Search("a place to live after treatment", SearchMode.Semantic);

        Assert.Contains("/treatments/transitional-housing/", semantic.Hits.Take(3).Select(h => h.Url));
    }

    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Semantic)]
    [InlineData(SearchMode.Lexical)]
    public void Gibberish_finds_nothing_in_any_mode(SearchMode mode)
    {
        var result = Search("zzzz qqqq", mode);

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.TotalHits);
    }

    [Fact]
    public void A_keyword_query_keeps_the_lexical_ranking_at_the_top_in_hybrid_mode()
    {
        var lexical = Search("detox", SearchMode.Lexical).Hits.Select(h => h.Url).ToList();
        var hybrid = Search("detox", SearchMode.Hybrid).Hits.Select(h => h.Url).ToList();

        Assert.Equal(lexical.Take(5), hybrid.Take(5));
    }

    [Fact]
    public void Hybrid_search_keeps_every_lexical_match_and_ranks_the_meant_page_first_for_a_plain_language_question()
    {
        var lexical = Search("my husband hides pills", SearchMode.Lexical);
        var hybrid = Search("my husband hides pills", SearchMode.Hybrid);

        Assert.True(hybrid.TotalHits >= lexical.TotalHits, $"hybrid found {hybrid.TotalHits}, lexical {lexical.TotalHits}");
        Assert.Contains(hybrid.Hits[0].Url, new[] { "/addictions/prescription-drugs/", "/blog/recognizing-the-signs-of-prescription-drug-misuse/" });
    }

    [Fact]
    public void Every_hit_has_a_snippet_in_semantic_mode_even_without_a_matching_word()
    {
        var result = Search("i feel hopeless and alone", SearchMode.Semantic);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.False(string.IsNullOrWhiteSpace(hit.Snippet), $"{hit.Url} has no snippet"));
    }

    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Semantic)]
    public void Type_and_category_filters_hold_for_every_hit_and_facets_count_the_filtered_set(SearchMode mode)
    {
        var result = Search("how do families cope when someone drinks", mode, r => r with { Types = [ContentType.Blog], PageSize = 50 });

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.Equal(ContentType.Blog, hit.Type));
        var blog = Assert.Single(result.Facets.Type, f => f.Value == "blog");
        Assert.True(blog.Selected);
        Assert.Equal(result.TotalHits, blog.Count);

        var category = result.Facets.Category.OrderByDescending(c => c.Count).First();
        var narrowed = Search("how do families cope when someone drinks", mode, r => r with { Types = [ContentType.Blog], Categories = [category.Value], PageSize = 50 });
        Assert.Equal(category.Count, narrowed.TotalHits);
        Assert.All(narrowed.Hits, hit => Assert.Contains(category.Value, hit.Categories));
    }

    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Semantic)]
    public void Pages_continue_one_another_without_repeating_a_hit(SearchMode mode)
    {
        const string query = "tips for staying sober in recovery";
        // Semantic hits stay within a margin of the best similarity, so a question finds a handful: pages of one.
        var first = Search(query, mode, r => r with { PageSize = 1 });
        var second = Search(query, mode, r => r with { PageSize = 1, Page = 2 });
        var both = Search(query, mode, r => r with { PageSize = 2 });

        Assert.True(first.TotalHits > 2, $"the query should find more than two pages, found {first.TotalHits}");
        Assert.Equal(first.TotalHits, second.TotalHits);
        Assert.Equal(both.Hits.Select(h => h.Url), first.Hits.Concat(second.Hits).Select(h => h.Url));
    }

    [Fact]
    public void Spelling_is_handled_alike_in_hybrid_and_lexical_mode()
    {
        // With the model, a misspelt search is respelt and says so; as typed, the correction is offered instead.
        var lexical = Search("opiod withdrawl", SearchMode.Lexical);
        var hybrid = Search("opiod withdrawl", SearchMode.Hybrid);
        var lexicalAsTyped = Search("opiod withdrawl", SearchMode.Lexical, r => r with { AsTyped = true });
        var hybridAsTyped = Search("opiod withdrawl", SearchMode.Hybrid, r => r with { AsTyped = true });

        Assert.Equal("opioid withdrawal", lexical.SearchedFor);
        Assert.Equal(lexical.SearchedFor, hybrid.SearchedFor);
        Assert.Equal("opioid withdrawal", lexicalAsTyped.DidYouMean);
        Assert.Equal(lexicalAsTyped.DidYouMean, hybridAsTyped.DidYouMean);
    }

    [Fact]
    public void Sorting_by_date_orders_the_fused_set_by_date()
    {
        var result = Search("coping with cravings", SearchMode.Hybrid, r => r with { Sort = SearchSort.Newest, PageSize = 50 });
        var dates = result.Hits.Where(h => h.Published is not null).Select(h => h.Published!.Value).ToList();

        Assert.True(dates.Count > 2);
        Assert.Equal(dates.OrderDescending(), dates);
    }
}
