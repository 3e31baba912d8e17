using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>The sample site's index, changed live by the tests of one class (each its own item).</summary>
public sealed class ChangedSampleSiteFixture() : SiteFixture(SampleSite.BuildAndOpen(writable: true));

/// <summary>Staff's search phrases make an item found by how people ask for it, on the sample site's real index.</summary>
public sealed class SearchPhrasesTests(ChangedSampleSiteFixture site) : IClassFixture<ChangedSampleSiteFixture>
{
    private const string FamilyProgram = "/treatments/family-program/";
    private const string Detox = "/treatments/inpatient-detox/";
    private const string Donate = "/donate/";

    private SearchEngine Engine => site.Engine;

    private IReadOnlyList<SearchHit> Hits(string query) =>
        Engine.Search.Search(new SearchRequest { Query = query, Mode = SearchMode.Lexical }).Hits;

    [Fact]
    public void A_search_phrase_finds_its_item_for_the_phrase_and_its_key_words_and_is_never_shown()
    {
        string[] queries = ["my kid is using again", "kid using again", "my kid started using again"];
        var item = Engine.Documents.Get(FamilyProgram)! with { SearchPhrases = [] };
        Engine.Upsert(item); // without the phrases the sample page ships with
        Assert.All(queries, query => Assert.NotEqual(FamilyProgram, Hits(query).FirstOrDefault()?.Url));

        Engine.Upsert(item with { SearchPhrases = ["my kid is using again", "how do I get my son into rehab"] });

        Assert.All(queries, query =>
        {
            var hit = Hits(query)[0];
            Assert.Equal(FamilyProgram, hit.Url);
            Assert.DoesNotContain("kid", hit.Snippet, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("kid", hit.Title, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(["my kid is using again", "how do I get my son into rehab"], Engine.Documents.Get(FamilyProgram)!.SearchPhrases);
        Assert.DoesNotContain(Engine.Suggest.Suggest("my kid", 8).Suggestions, s => s.Text.Contains("kid", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_search_holding_a_staff_phrase_whole_finds_its_item_first_however_the_apostrophe_is_typed()
    {
        string[] holding = ["i can't bring cookies to my dad in inpatient detox during withdrawal", "i cant bring cookies to my dad in inpatient detox during withdrawal", "i can’t bring cookies to my dad in inpatient detox during withdrawal"];
        string[] notWhole = ["bring cookies to my dad in inpatient detox during withdrawal", "i can't bring my dad cookies in inpatient detox during withdrawal"];
        var item = Engine.Documents.Get(Donate)! with { SearchPhrases = [] };
        Engine.Upsert(item);
        Assert.All(holding.Concat(notWhole), query => Assert.NotEqual(Donate, Hits(query).FirstOrDefault()?.Url));

        Engine.Upsert(item with { SearchPhrases = ["can't bring cookies"] });

        // The rest of the search ("inpatient detox during withdrawal") is most of its words, and other pages'; the
        // staff's phrase says which page answers.
        Assert.All(holding, query => Assert.Equal(Donate, Hits(query)[0].Url));
        Assert.All(holding, query => Assert.Equal(Donate, Engine.Search.Search(new SearchRequest { Query = query, Mode = SearchMode.Lexical, Types = [ContentType.Page] }).Hits[0].Url));
        Assert.All(notWhole, query => Assert.NotEqual(Donate, Hits(query).FirstOrDefault()?.Url));
        Assert.DoesNotContain(Engine.Search.Search(new SearchRequest { Query = holding[0], Mode = SearchMode.Lexical, Types = [ContentType.Blog] }).Hits, h => h.Url == Donate);
    }

    [Fact]
    public void Search_phrases_and_search_false_are_kept_by_the_index_and_compared_as_content()
    {
        var item = Engine.Documents.Get(Detox)!;
        var changed = item with { SearchPhrases = ["my kid is using again"], Searchable = false };

        Assert.False(item.SameContentAs(changed));
        Assert.False(item.SameContentAs(item with { Searchable = false }));
        Assert.False(item.SameContentAs(item with { SearchPhrases = ["other words"] }));

        Engine.Upsert(changed);

        var stored = Engine.Documents.Get(Detox)!;
        Assert.True(stored.SameContentAs(changed));
        Assert.True(Engine.IndexedItems()[Detox].SameContentAs(changed));
        Assert.DoesNotContain(Hits("inpatient detox"), h => h.Url == Detox);

        // The live-update journal keeps items as JSON: both survive a restart's replay.
        var json = System.Text.Json.JsonSerializer.Serialize(changed, SearchJson.Options);
        Assert.True(System.Text.Json.JsonSerializer.Deserialize<HarrisHouse.Search.Content.ContentItem>(json, SearchJson.Options)!.SameContentAs(changed));
        var older = System.Text.Json.JsonSerializer.Deserialize<HarrisHouse.Search.Content.ContentItem>(json.Replace("\"searchable\":false", "\"x\":0", StringComparison.Ordinal), SearchJson.Options)!;
        Assert.True(older.Searchable);
    }
}
