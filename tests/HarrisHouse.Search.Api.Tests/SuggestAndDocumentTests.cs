using System.Net;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching.Suggestions;

namespace HarrisHouse.Search.Api.Tests;

public sealed class SuggestAndDocumentTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<SuggestResult> SuggestAsync(string query) =>
        await (await _client.GetAsync("/api/suggest?" + query)).ReadOkAsync<SuggestResult>();

    [Fact]
    public async Task Suggestions_list_matching_page_titles_first_with_their_url_and_type_then_the_searchs_best_pages_then_phrases()
    {
        var result = await SuggestAsync("q=opio");
        Assert.InRange(result.Suggestions.Count, 2, 8);
        Assert.Equal(SuggestionKind.Page, result.Suggestions[0].Kind);
        Assert.Contains(result.Suggestions, s => s.Url == "/addictions/opioids/" && s.Type == ContentType.Addiction);
        Assert.All(result.Suggestions.Where(s => s.Kind == SuggestionKind.Page), s => Assert.Contains("opio", s.Text, StringComparison.OrdinalIgnoreCase));
        var kinds = result.Suggestions.Select(s => s.Kind).ToList();
        SuggestionKind[] order = [SuggestionKind.Page, SuggestionKind.Result, SuggestionKind.Phrase];
        Assert.Equal(kinds.OrderBy(k => Array.IndexOf(order, k)), kinds);
        Assert.Contains(result.Suggestions, s => s.Kind == SuggestionKind.Phrase && s.Text.StartsWith("opioid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_that_names_no_title_offers_the_searchs_own_best_pages_in_its_order()
    {
        // No title starts "visiting" and "hours" both: before, the dropdown offered no page at all.
        var typed = "visiting hours";
        var suggested = await SuggestAsync("q=" + Uri.EscapeDataString(typed));
        var searched = await (await _client.GetAsync("/api/search?mode=lexical&pageSize=10&q=" + Uri.EscapeDataString(typed))).ReadOkAsync<HarrisHouse.Search.Searching.SearchResult>();

        Assert.DoesNotContain(suggested.Suggestions, s => s.Kind == SuggestionKind.Page);
        var results = suggested.Suggestions.Where(s => s.Kind == SuggestionKind.Result).ToList();
        Assert.InRange(results.Count, 1, 3);
        Assert.Equal(searched.Hits.Take(results.Count).Select(h => (h.Url, h.Title, (ContentType?)h.Type)), results.Select(r => (r.Url!, r.Text, r.Type)));
    }

    [Fact]
    public async Task A_title_one_slip_from_what_is_typed_comes_after_the_searchs_own_pages()
    {
        // "suic" starts "suicide", which the site's pages say; it is also one slip from "succ", and "Alumni Success
        // Stories" used to come first.
        var suggested = (await SuggestAsync("q=suic")).Suggestions.ToList();

        var slip = suggested.FindIndex(s => s.Url == "/about/alumni-success-stories/");
        var firstResult = suggested.FindIndex(s => s.Kind == SuggestionKind.Result);
        Assert.True(firstResult == 0, $"the search's own pages come first: {string.Join(", ", suggested.Select(s => s.Text))}");
        Assert.True(slip is -1 || slip > firstResult);
    }

    [Fact]
    public async Task Suggestions_forgive_a_typo()
    {
        var result = await SuggestAsync("q=opoid");
        Assert.Contains(result.Suggestions, s => s.Url == "/addictions/opioids/");
    }

    [Fact]
    public async Task Every_keystroke_of_a_word_gets_suggestions_and_limit_caps_them()
    {
        foreach (var typed in new[] { "f", "fe", "fen", "fent", "fenta" })
        {
            Assert.NotEmpty((await SuggestAsync("q=" + typed)).Suggestions);
        }

        Assert.Equal(2, (await SuggestAsync("q=re&limit=2")).Suggestions.Count);
        Assert.Contains((await SuggestAsync("q=fenta")).Suggestions, s => s.Url == "/addictions/fentanyl/");
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=", "q")]
    [InlineData("q=op&limit=0", "limit")]
    [InlineData("q=op&limit=9", "limit")]
    [InlineData("q=op&limit=lots", "limit")]
    public async Task Bad_suggest_parameters_get_a_400_problem_naming_them(string query, string parameter)
    {
        var problem = await (await _client.GetAsync("/api/suggest?" + query)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_is_returned_by_its_url_with_its_text()
    {
        var item = await (await _client.GetAsync("/api/documents?url=/treatments/inpatient-detox/")).ReadOkAsync<ContentItem>();
        Assert.Equal("Inpatient / Detox", item.Title);
        Assert.Equal(ContentType.Treatment, item.Type);
        Assert.NotEmpty(item.Body);
        Assert.NotEmpty(item.Headings);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem_and_a_missing_or_bad_url_a_400()
    {
        await (await _client.GetAsync("/api/documents?url=/no/such/page/")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/documents")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.GetAsync("/api/documents?url=https://evil.example/")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
