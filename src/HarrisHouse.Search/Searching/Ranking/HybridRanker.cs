using HarrisHouse.Search.Searching.Hybrid;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Spelling;
using HarrisHouse.Search.Semantic;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>Semantic and hybrid ranking: the lexical matches and the items close in meaning, fused or by similarity.</summary>
internal sealed class HybridRanker(HybridSearch hybrid, QueryRelaxation relaxation) : IRanker
{
    /// <summary>
    /// A keyword search (<see cref="SemanticSettings.KeywordQueryMaxWords"/>) keeps the order of its words' matches, so
    /// one of three words whose words meet on one or two items is relaxed first, as by words alone
    /// (<see cref="QueryRelaxation.FewMatches"/>): "elderly alcohol abuse" matched the two benzodiazepine pages alone,
    /// which hold all three words, and the post on alcohol and older adults came third. Relaxed, the items holding
    /// most of its words lead. A longer search is fused, and relaxed only when it matches nothing: relaxed at one or
    /// two matches too, its questions fell. Chosen on the tune half, hybrid MRR@10: all 0.894 → 0.897 (keyword 0.940
    /// → 0.945, misspelled 0.947 → 0.961, Spanish 0.864 → 0.872, questions 0.799 → 0.798); every longer search too:
    /// 0.891 (questions 0.775).
    /// </summary>
    public RankedMatches Rank(IndexSearcher searcher, RankingRequest request)
    {
        var query = request.Query;
        var settings = hybrid.Settings;
        var completeMatches = QueryRelaxation.Count(searcher, query.Query);
        var anyMatches = completeMatches;
        if (QueryRelaxation.Applies(query, () => completeMatches, fewMatchesUpToWords: settings.KeywordQueryMaxWords))
        {
            query = relaxation.Relax(request.Parsed, searcher.IndexReader);
            anyMatches = QueryRelaxation.Count(searcher, query.Query);
        }

        var keywordQuery = completeMatches > 0 && query.WordGroups <= KeywordQueryMaxWords(request.Parsed, settings);
        var knownWords = anyMatches > 0 || !settings.RequireKnownWord || HasQuestionWordTheSiteUses(request.Parsed, searcher.IndexReader);
        return hybrid.Run(searcher, request.Search, request.ModelText, query.Query, request.Mode, keywordQuery, completeLexicalMatch: completeMatches > 0, knownWords) with { Query = query };
    }

    /// <summary>
    /// How many word groups a keyword search may have. Bare keywords keep their order up to four
    /// (<see cref="SemanticSettings.BareKeywordQueryMaxWords"/>): "sponsor aa big book" met on the 12-step post alone,
    /// and fused, the fundraising pages the model read "sponsor" as came first. A search holding a sentence's small
    /// words asks a question, which the fusion answers better (questions fell 0.799 → 0.768 on tune with every
    /// search of four groups kept in order); so does a Spanish one, whose small words were left out before they
    /// could be counted. Chosen on the tune half, hybrid MRR@10: all 0.888 → 0.894 (navigational 0.906 → 0.915,
    /// keyword 0.936 → 0.950, questions 0.799 → 0.801, misspelled 0.957 → 0.947); up to five words: 0.891.
    /// </summary>
    private static int KeywordQueryMaxWords(UserQuery parsed, SemanticSettings settings) =>
        parsed.IsSpanish || parsed.QuestionWords.Any()
            ? settings.KeywordQueryMaxWords
            : Math.Max(settings.KeywordQueryMaxWords, settings.BareKeywordQueryMaxWords);

    /// <summary>
    /// Question words are left out of the words searched, yet they are words: "i want to kill myself" has a meaning
    /// the model can read though the site never says "kill". Only a search of no word the site knows finds nothing.
    /// </summary>
    private static bool HasQuestionWordTheSiteUses(UserQuery parsed, Lucene.Net.Index.IndexReader reader) =>
        parsed.QuestionWords.Any(word => SpellingCorrector.IsSiteWord(word, reader));
}
