using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching.Hybrid;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Spelling;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>Semantic and hybrid ranking: the lexical matches and the items close in meaning, fused or by similarity.</summary>
internal sealed class HybridRanker(HybridSearch hybrid, QueryRelaxation relaxation) : IRanker
{
    public RankedMatches Rank(IndexSearcher searcher, RankingRequest request)
    {
        var query = request.Query;
        var completeMatches = QueryRelaxation.Count(searcher, query.Query);
        var anyMatches = completeMatches;
        if (QueryRelaxation.Applies(query, () => completeMatches))
        {
            query = relaxation.Relax(request.Parsed, searcher.IndexReader);
            anyMatches = QueryRelaxation.Count(searcher, query.Query);
        }

        var settings = hybrid.Settings;
        var keywordQuery = completeMatches > 0 && query.WordGroups <= settings.KeywordQueryMaxWords;
        var knownWords = anyMatches > 0 || !settings.RequireKnownWord || HasQuestionWordTheSiteUses(request.Parsed, searcher.IndexReader);
        return hybrid.Run(searcher, request.Search, request.ModelText, query.Query, request.Mode, keywordQuery, completeLexicalMatch: completeMatches > 0, knownWords) with { Query = query };
    }

    /// <summary>
    /// Question words are left out of the words searched, yet they are words: "i want to kill myself" has a meaning
    /// the model can read though the site never says "kill". Only a search of no word the site knows finds nothing.
    /// </summary>
    private static bool HasQuestionWordTheSiteUses(UserQuery parsed, Lucene.Net.Index.IndexReader reader) =>
        parsed.Words.Any(word => SiteAnalyzers.QuestionWords.Contains(word.ToLowerInvariant()) && SpellingCorrector.IsSiteWord(word, reader));
}
