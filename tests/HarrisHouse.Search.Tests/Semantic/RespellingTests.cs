using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Spelling;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Microsoft.Extensions.AI;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>
/// A misspelt word is searched, by words and by meaning, as "did you mean" spells it
/// (<see cref="SemanticSettings.RespellUnknownWords"/>), and only a word that neither the site, the model nor English knows: a
/// real word is searched as typed.
/// </summary>
public sealed class RespellingTests(SemanticSiteFixture site) : IClassFixture<SemanticSiteFixture>
{
    private SearchEngine Engine => site.Engine;

    private List<string> Urls(string query, SearchMode mode) =>
        Engine.Search.Search(new SearchRequest { Query = query, Mode = mode }).Hits.Select(h => h.Url).ToList();

    [Fact]
    public void A_misspelt_word_is_understood_by_meaning_as_its_correction()
    {
        // Read as typed, "metadone" (no word the model knows) drew posts on self-care and life after rehab.
        Assert.Contains("/addictions/opioids/", Urls("metadone maintenance", SearchMode.Semantic).Take(3));
    }

    [Theory]
    [InlineData("alchohol detox", "alcohol detox", SearchMode.Hybrid)]
    [InlineData("benzodiazapine withdrawl", "benzodiazepine withdrawal", SearchMode.Hybrid)]
    [InlineData("metadone maintenance", "methadone maintenance", SearchMode.Lexical)]
    [InlineData("herion", "heroin", SearchMode.Hybrid)]

    // Two words typed as one, as the site writes them ("self-care", "follow-up", "well-being"): typed closed, no page
    // held the word, so "selfcare" found nothing and "followup" offered "follow".
    [InlineData("selfcare", "self care", SearchMode.Hybrid)]
    [InlineData("selfcare", "self care", SearchMode.Semantic)]
    [InlineData("followup", "follow up", SearchMode.Hybrid)]
    [InlineData("wellbeing", "well being", SearchMode.Lexical)]
    public void A_misspelt_search_finds_what_its_correction_finds_in_the_same_order(string typed, string corrected, SearchMode mode) =>
        Assert.Equal(Urls(corrected, mode), Urls(typed, mode));

    [Theory]
    [InlineData("alchohol detox", "alcohol detox", SearchMode.Hybrid)]
    [InlineData("alchohol detox", "alcohol detox", SearchMode.Lexical)]
    [InlineData("alchohol detox", "alcohol detox", SearchMode.Semantic)]
    [InlineData("my son drinks and i want to do an intervension", "my son drinks and i want to do an intervention", SearchMode.Hybrid)]
    [InlineData("selfcare", "self care", SearchMode.Lexical)]
    [InlineData("followup", "follow up", SearchMode.Hybrid)]
    public void Results_for_a_respelling_say_what_they_are_for_and_offer_no_other_spelling(string typed, string searched, SearchMode mode)
    {
        var result = Engine.Search.Search(new SearchRequest { Query = typed, Mode = mode });

        Assert.Equal(searched, result.SearchedFor);
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void Searched_as_typed_a_misspelt_word_is_not_respelt()
    {
        var respelt = Engine.Search.Search(new SearchRequest { Query = "metadone maintenance" });
        var asTyped = Engine.Search.Search(new SearchRequest { Query = "metadone maintenance", AsTyped = true });

        Assert.Equal("methadone maintenance", respelt.SearchedFor);
        Assert.Null(asTyped.SearchedFor);

        // As typed, the model reads "metadone" in pieces and the opioid page is not first (see the meaning test above).
        Assert.Equal("/addictions/opioids/", respelt.Hits[0].Url);
        Assert.NotEqual("/addictions/opioids/", asTyped.Hits[0].Url);
    }

    [Theory]
    [InlineData("alcohol detox")]
    [InlineData("dont know what to do")]
    public void A_search_whose_words_are_known_or_only_lack_apostrophes_says_nothing_about_spelling(string typed)
    {
        var result = Engine.Search.Search(new SearchRequest { Query = typed });

        Assert.Null(result.SearchedFor);
        Assert.Null(result.DidYouMean);
    }

    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Semantic)]
    public void An_unfinished_last_word_is_completed_not_corrected(SearchMode mode)
    {
        // "relap" is one slip from "relax", and the start of "relapse".
        var result = Engine.Search.Search(new SearchRequest { Query = "signs of relap", Mode = mode });

        Assert.Null(result.DidYouMean);
        Assert.Contains("relapse", result.Hits[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_equally_close_words_the_correction_is_the_one_sharing_the_typed_start()
    {
        using var lease = Engine.Index.Acquire();

        // "donat" is one edit from "don't" (used more) and from "donate".
        Assert.Equal(["donate", "to", "harris"], Corrector().Correct(UserQueryParser.Parse("donat to harris"), lease.Searcher.IndexReader)!.Words);
    }

    [Theory]
    [InlineData("alchohol detox", "alcohol detox")]
    [InlineData("i can’t stop drinking", "i can’t stop drinking")]
    [InlineData("does coke mess up your heart", "does coke mess up your heart")]
    [InlineData("found a spoon in his truck", "found a spoon in his truck")]
    [InlineData("why does my brother keep relapsing", "why does my brother keep relapsing")]
    [InlineData("cant sleep", "can't sleep")]
    [InlineData("my boyfriend is hungover again", "my boyfriend is hungover again")]
    [InlineData("herion withdrawl", "heroin withdrawal")]
    [InlineData("carrers", "careers")]
    [InlineData("signs of relap", "signs of relap")]
    [InlineData("treatm", "treatm")]
    public void Only_words_neither_the_site_nor_the_model_knows_are_respelt(string typed, string read)
    {
        var vocabulary = Engine.Semantic!.Vocabulary!;
        using var lease = Engine.Index.Acquire();

        Assert.Equal(read, Corrector().Respell(UserQueryParser.Parse(typed), typed, lease.Searcher.IndexReader, vocabulary.Contains).Text);
    }

    private SpellingCorrector Corrector()
    {
        var analyzer = IndexSchema.CreateAnalyzer(Engine.Options.Stemmer);
        return new(_ => false, () => new HashSet<string>(), new RunTogetherWords(text => [.. SiteAnalyzers.Analyze(analyzer, IndexSchema.Body, text).Select(t => t.Text)]));
    }

    [Fact]
    public void A_word_typed_closed_is_split_only_where_a_page_has_its_halves_side_by_side()
    {
        using var lease = Engine.Index.Acquire();

        // "sober" and "center" are both site words, never side by side: no split, and nothing close enough either.
        Assert.Null(Corrector().Correct(UserQueryParser.Parse("sobercenter"), lease.Searcher.IndexReader));
        Assert.Equal(["sober", "living", "program"], Corrector().Correct(UserQueryParser.Parse("soberliving program"), lease.Searcher.IndexReader)!.Words);
    }

    [Fact]
    public void The_local_model_offers_the_words_its_tokenizer_holds_whole()
    {
        var vocabulary = SemanticSite.Generator.GetService<ModelVocabulary>();

        Assert.NotNull(vocabulary);
        Assert.True(vocabulary.Contains("truck"));
        Assert.True(vocabulary.Contains("Truck"));
        Assert.False(vocabulary.Contains("metadone"));
        Assert.False(vocabulary.Contains("##ing"));
        Assert.False(vocabulary.Contains("[CLS]"));
    }
}
