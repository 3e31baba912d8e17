using System.Net;
using System.Text.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Api.Tests;

public sealed class SearchEndpointTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    private Task<SearchResult> SearchAsync(string query) => _client.GetAsync("/api/search?" + query).ContinueWith(t => t.Result.ReadOkAsync<SearchResult>()).Unwrap();

    [Fact]
    public async Task Detox_returns_the_inpatient_detox_program_first_with_a_site_relative_url()
    {
        var result = await SearchAsync("q=detox");
        Assert.Equal("/treatments/inpatient-detox/", result.Hits[0].Url);
        Assert.All(result.Hits, h => Assert.StartsWith("/", h.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_response_carries_every_documented_field_in_camel_case()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=alcohol&pageSize=3")).RootElement;
        foreach (var name in new[] { "query", "totalHits", "page", "pageSize", "totalPages", "tookMs", "hits", "facets", "didYouMean", "wordsNotFound" })
        {
            Assert.True(json.TryGetProperty(name, out _), $"missing {name}");
        }

        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "url", "type", "title", "titleHighlighted", "snippet", "categories", "author", "published", "score", "missing" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"hit is missing {name}");
        }

        foreach (var facet in new[] { "type", "category", "year" })
        {
            var first = json.GetProperty("facets").GetProperty(facet)[0];
            Assert.True(first.TryGetProperty("value", out _) && first.TryGetProperty("count", out _) && first.TryGetProperty("selected", out _));
        }

        Assert.Equal(JsonValueKind.String, hit.GetProperty("type").ValueKind);
    }

    [Fact]
    public async Task Each_hit_lists_the_words_of_the_search_it_lacks()
    {
        // The sample site says nothing about gambling: the search finds pages on addiction, and each says so.
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=gambling%20addiction&pageSize=5")).RootElement;
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal(["gambling"], hit.GetProperty("missing").EnumerateArray().Select(w => w.GetString())));
        Assert.Equal(["gambling"], json.GetProperty("wordsNotFound").EnumerateArray().Select(w => w.GetString()));

        var detox = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=detox&pageSize=3")).RootElement;
        Assert.All(detox.GetProperty("hits").EnumerateArray(), hit => Assert.Equal(0, hit.GetProperty("missing").GetArrayLength()));
        Assert.Equal(0, detox.GetProperty("wordsNotFound").GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("&type=blog")]
    [InlineData("&category=Alcohol")]
    [InlineData("&category=Alcohol&category=Opioids")]
    [InlineData("&type=blog&type=addiction&category=Alcohol&year=2024&year=2019")]
    public async Task Facet_counts_equal_a_brute_force_count_over_every_hit_and_ignore_their_own_selection(string filters)
    {
        var query = "q=alcohol" + filters;
        var result = await SearchAsync(query + "&pageSize=50");

        // Each facet's counts are over the hits matching every filter except that facet's own.
        foreach (var facet in new[] { "type", "category", "year" })
        {
            var without = string.Join("", filters.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(f => !f.StartsWith(facet + "=", StringComparison.Ordinal)).Select(f => "&" + f));
            var hits = await AllHitsAsync("q=alcohol" + without);
            var expected = hits.SelectMany(h => Values(h, facet)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            var actual = Facet(result, facet).Where(f => f.Count > 0).ToDictionary(f => f.Value, f => f.Count);
            Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        }

        Assert.Equal(result.TotalHits, (await AllHitsAsync(query)).Count);
    }

    [Fact]
    public async Task A_selected_value_always_appears_even_with_no_hits_and_unselected_zeros_do_not()
    {
        var result = await SearchAsync("q=kratom&category=Family");
        Assert.Equal(0, result.TotalHits);
        var selected = Assert.Single(result.Facets.Category, f => f.Value == "Family");
        Assert.True(selected.Selected);
        Assert.Equal(0, selected.Count);
        Assert.All(result.Facets.Category.Where(f => !f.Selected), f => Assert.True(f.Count > 0));
        Assert.All(result.Facets.Type, f => Assert.True(f.Count > 0 || f.Selected));
    }

    [Fact]
    public async Task Pages_split_the_results_without_gaps_or_overlaps()
    {
        var first = await SearchAsync("q=recovery&pageSize=7");
        var all = new List<string>();
        for (var page = 1; page <= first.TotalPages; page++)
        {
            var result = await SearchAsync($"q=recovery&pageSize=7&page={page}");
            Assert.Equal(page == first.TotalPages ? first.TotalHits - (7 * (page - 1)) : 7, result.Hits.Count);
            all.AddRange(result.Hits.Select(h => h.Url));
        }

        Assert.Equal(first.TotalHits, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal((int)Math.Ceiling(first.TotalHits / 7.0), first.TotalPages);
        Assert.Empty((await SearchAsync($"q=recovery&pageSize=7&page={first.TotalPages + 1}")).Hits);
        Assert.Equal(50, (await SearchAsync("q=&pageSize=50")).Hits.Count);
        Assert.Equal(20, (await SearchAsync("q=&pageSize=50&page=20")).Page);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=51", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=21&pageSize=50", "page")]
    [InlineData("page=101", "page")]
    [InlineData("page=99999999999999", "page")]
    [InlineData("sort=popular", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("type=podcast", "type")]
    [InlineData("year=last", "year")]
    [InlineData("year=20", "year")]
    [InlineData("asTyped=yes", "asTyped")]
    [InlineData("asTyped=1", "asTyped")]
    [InlineData("category=%00", "category")]
    [InlineData("category=Alcohol&category=" + LongCategory, "category")]
    public async Task An_out_of_range_or_malformed_parameter_gets_a_400_problem_naming_it(string query, string parameter)
    {
        var problem = await (await _client.GetAsync("/api/search?q=detox&" + query)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors do not name {parameter}: {problem}");
        Assert.Contains(parameter, problem.Detail(), StringComparison.Ordinal);
    }

    /// <summary>Longer than any item's category may be (ContentValidator.MaxLabelLength, 100).</summary>
    private const string LongCategory = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public async Task Several_bad_parameters_are_all_reported_at_once()
    {
        var problem = await (await _client.GetAsync("/api/search?page=abc&pageSize=99&sort=x")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("page", out _) && errors.TryGetProperty("pageSize", out _) && errors.TryGetProperty("sort", out _));
    }

    [Fact]
    public async Task A_query_of_ten_thousand_characters_gets_a_clear_400()
    {
        var problem = await (await _client.GetAsync("/api/search?q=" + new string('a', 10_000))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("500", problem.Detail(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AND OR (")]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    [InlineData("~")]
    [InlineData("\\")]
    [InlineData("detox AND (alcohol OR")]
    [InlineData("title:\"a")]
    [InlineData("%00%01")]
    public async Task Lucene_syntax_typed_by_a_person_is_answered_not_failed(string query)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_query_with_filters_browses_newest_first()
    {
        var result = await SearchAsync("type=blog&pageSize=50");
        Assert.True(result.TotalHits >= 45);
        Assert.All(result.Hits, h => Assert.Equal(ContentType.Blog, h.Type));
        var dates = result.Hits.Select(h => h.Published!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task Sort_by_date_orders_the_hits_and_oldest_reverses_newest()
    {
        var newest = (await SearchAsync("q=alcohol&type=blog&sort=newest&pageSize=50")).Hits.Select(h => h.Published!.Value).ToList();
        var oldest = (await SearchAsync("q=alcohol&type=blog&sort=oldest&pageSize=50")).Hits.Select(h => h.Published!.Value).ToList();
        Assert.Equal(newest.OrderByDescending(d => d), newest);
        Assert.Equal(oldest.OrderBy(d => d), oldest);
    }

    [Fact]
    public async Task A_query_with_script_tags_comes_back_inert()
    {
        var body = await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> naloxone"));
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        var result = JsonSerializer.Deserialize<SearchResult>(body, SearchJson.Options)!;
        Assert.Equal("<script>alert(1)</script> naloxone", result.Query);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.DoesNotContain("<script", h.Snippet + h.TitleHighlighted, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_misspelled_query_offers_a_correction_that_has_results()
    {
        var result = await SearchAsync("q=alchohol");
        Assert.Equal("alcohol", result.DidYouMean);
        Assert.True((await SearchAsync("q=" + result.DidYouMean)).TotalHits > 0);
        Assert.Null((await SearchAsync("q=alcohol")).DidYouMean);
    }

    [Fact]
    public async Task Misspellings_synonyms_and_prefixes_work_over_http()
    {
        Assert.Contains((await SearchAsync("q=opiod%20withdrawl")).Hits.Take(3), h => h.Url == "/addictions/opioids/");
        Assert.Contains((await SearchAsync("q=alchohol")).Hits.Take(3), h => h.Url == "/addictions/alcohol/");
        Assert.Contains((await SearchAsync("q=fent")).Hits.Take(3), h => h.Url == "/addictions/fentanyl/");
        Assert.Contains((await SearchAsync("q=sober%20living")).Hits.Take(3), h => h.Url == "/treatments/transitional-housing/");
    }

    private static IEnumerable<FacetValue> Facet(SearchResult result, string facet) => facet switch
    {
        "type" => result.Facets.Type,
        "category" => result.Facets.Category,
        _ => result.Facets.Year,
    };

    private static IEnumerable<string> Values(SearchHit hit, string facet) => facet switch
    {
        "type" => [hit.Type.ToName()],
        "category" => hit.Categories,
        _ => hit.Published is { } date ? [date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [],
    };

    private async Task<List<SearchHit>> AllHitsAsync(string query)
    {
        var hits = new List<SearchHit>();
        for (var page = 1; ; page++)
        {
            var result = await SearchAsync($"{query}&pageSize=50&page={page}");
            hits.AddRange(result.Hits);
            if (page >= result.TotalPages)
            {
                return hits;
            }
        }
    }
}
