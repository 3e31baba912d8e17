using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>The sample site with vectors, the real model and search phrases embedded too (<c>Search:Semantic:EmbedSearchPhrases</c>).</summary>
public sealed class PhraseEmbeddingSiteFixture() : SiteFixture(SemanticSite.BuildAndOpen(options =>
{
    options.Semantic = options.Semantic with { EmbedSearchPhrases = true };
    return options;
}));

/// <summary>
/// Search phrases where meaning ranks. By default they count by their words only (the tune half showed meaning
/// hurt); with <c>EmbedSearchPhrases</c> each is compared with the query as the item's text is.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SearchPhrasesSemanticTests(PhraseEmbeddingSiteFixture site, ChangedSemanticSiteFixture byWords, ITestOutputHelper output)
    : IClassFixture<PhraseEmbeddingSiteFixture>, IClassFixture<ChangedSemanticSiteFixture>
{
    private const string FamilyProgram = "/treatments/family-program/";

    private SearchEngine Engine => site.Engine;

    private static SearchResult Search(SearchEngine engine, string query, SearchMode mode) =>
        engine.Search.Search(new SearchRequest { Query = query, Mode = mode, PageSize = 50 });

    [Fact]
    public void Search_phrases_are_compared_by_meaning_too()
    {
        string[] asked = ["my kid is using again", "my child is using again", "my kid is using drugs again", "what do I do when my kid is using again"];
        var item = Engine.Documents.Get(FamilyProgram)! with { SearchPhrases = [] };
        Engine.Upsert(item); // without the phrases the sample page ships with
        var before = asked.ToDictionary(q => q, q => Rank(Engine, q, SearchMode.Semantic));

        Engine.Upsert(item with { SearchPhrases = ["my kid is using again", "how do I get my son into rehab"] });

        var after = asked.ToDictionary(q => q, q => (Semantic: Rank(Engine, q, SearchMode.Semantic), Hybrid: Rank(Engine, q, SearchMode.Hybrid)));
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

        Assert.Equal(1, Rank(Engine, "my kid is using again", SearchMode.Semantic));
        Assert.DoesNotContain("kid", Search(Engine, "my kid is using again", SearchMode.Hybrid).Hits.Single(h => h.Url == FamilyProgram).Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void By_default_search_phrases_are_not_embedded_and_change_no_semantic_rank()
    {
        const string query = "i need a sober place to stay";
        var engine = byWords.Engine;
        var item = engine.Documents.Get(FamilyProgram)!;
        var before = Rank(engine, query, SearchMode.Semantic);

        engine.Upsert(item with { SearchPhrases = [query] });

        Assert.Equal(before, Rank(engine, query, SearchMode.Semantic));
        Assert.Contains(FamilyProgram, Search(engine, query, SearchMode.Lexical).Hits.Select(h => h.Url));
        engine.Upsert(item);
    }

    /// <summary>The family program's 1-based rank, or int.MaxValue when it is not a hit.</summary>
    private static int Rank(SearchEngine engine, string query, SearchMode mode)
    {
        var index = Search(engine, query, mode).Hits.Select(h => h.Url).ToList().IndexOf(FamilyProgram);
        return index < 0 ? int.MaxValue : index + 1;
    }
}
