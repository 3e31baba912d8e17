using System.Diagnostics;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Highlighting;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Ranking;
using HarrisHouse.Search.Searching.Spelling;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching;

/// <summary>Ranked search with facet counts, snippets and spelling suggestions, over the live index.</summary>
public sealed class SearchService
{
    /// <summary>At or below this many hits a query "finds little" and a better spelling is looked for.</summary>
    private const int LittleHits = 2;

    private readonly LiveIndex _index;
    private readonly LexicalQueryBuilder _queries;
    private readonly StaffPhrases _staffPhrases;
    private readonly SnippetBuilder _snippets;
    private readonly Safety.CrisisDetector _crisis;
    private readonly SpellingCorrector _spelling;
    private readonly ReaderCache<string, SearchResult> _results;
    private readonly HitDocuments _documents = new(capacity: 5_000);
    private readonly LexicalRanker _lexical;
    private readonly HybridRanker? _hybrid;
    private readonly Analyzer _analyzer;
    private readonly Curation.RuleSet _rules;
    private readonly SynonymSource _synonyms;

    /// <summary>The model's whole words, when unknown words are respelt (<see cref="Semantic.SemanticSettings.RespellUnknownWords"/>).</summary>
    private readonly Semantic.ModelVocabulary? _vocabulary;

    internal SearchService(LiveIndex index, RankingSettings ranking, SynonymSource synonyms, Curation.RuleSet rules, Safety.CrisisDetector? crisis = null, int cachedResults = 2_000, Semantic.SemanticSearch? semantic = null)
    {
        _index = index;
        _rules = rules;
        _synonyms = synonyms;
        _results = new ReaderCache<string, SearchResult>(cachedResults);
        _crisis = crisis ?? Safety.CrisisDetector.None;
        Analyzer analyzer = IndexSchema.CreateAnalyzer(index.Options.Index.Stemmer);
        _analyzer = analyzer;
        _queries = new LexicalQueryBuilder(ranking, analyzer, synonyms);
        _staffPhrases = new StaffPhrases(_queries.Terms);
        var relaxation = new QueryRelaxation(_queries);
        _lexical = new LexicalRanker(relaxation);
        var stems = Analysis.SiteAnalyzers.Text(index.Options.Index.Stemmer);
        string? StemOf(string word) => Analysis.SiteAnalyzers.Analyze(stems, IndexSchema.Body, word) is [var stem] ? stem.Text : null;
        // One look at the synonyms per word: a rule's word as written ("staging") or a word whose stem starts a rule.
        bool IsSynonym(string word) => synonyms.Current().Set is var set
            && (set.Words.Contains(word) || (StemOf(word) is { } stem && set.LongestMatchAt([stem], 0) is not null));
        _spelling = new SpellingCorrector(IsSynonym, () => synonyms.Current().Set.Words, new RunTogetherWords(_queries.Terms));
        _hybrid = semantic is null ? null : new HybridRanker(new Hybrid.HybridSearch(semantic, new SiteMention(ranking.SiteName)), relaxation);
        _vocabulary = semantic?.Settings.RespellUnknownWords == true ? semantic.Vocabulary : null;
        _snippets = new SnippetBuilder(analyzer);
        index.WarmWith(reader =>
        {
            _staffPhrases.Warm(reader);
            FacetValueSets.Warm(reader);
            if (semantic is not null)
            {
                VectorIndex.Warm(reader);
            }
        });
    }

    /// <summary>
    /// Searches. The request must be within <see cref="SearchLimits"/> (read it with <see cref="SearchInput"/>):
    /// one outside them is a caller's bug, and throws.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        var parsed = ParsedWithinLimits(request);
        var stopwatch = Stopwatch.StartNew();
        using var lease = _index.Acquire();
        var rules = _rules.Current();
        var synonymsVersion = _synonyms.Current().Version;
        var result = _results.GetOrAdd(lease.Searcher.IndexReader, CacheKey(request, rules.Version, synonymsVersion), _ => Compute(lease.Searcher, request, parsed, rules));
        // The crisis phrases can change without the index changing: checked on every request, never cached.
        var crisis = _crisis.Detect(request.Query);
        return result with { TookMs = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), Crisis = crisis.Signals, CrisisLanguage = crisis.Language };
    }

    /// <summary>
    /// Requests that mean the same share a cache entry: filters in any order, the query as typed, the same rules
    /// and synonyms (an edit of either makes the old answers unreachable: the next search is computed afresh).
    /// </summary>
    private static string CacheKey(SearchRequest request, long rulesVersion, long synonymsVersion) => string.Join(
        '\u001f',
        rulesVersion,
        synonymsVersion,
        request.Mode,
        request.AsTyped,
        request.Query,
        string.Join(',', request.Types.Order()),
        string.Join(',', request.Categories.Order(StringComparer.Ordinal)),
        string.Join(',', request.Years.Order()),
        request.Sort,
        request.Page,
        request.PageSize);

    /// <summary>
    /// The one place a mode is decided. The mode asked (hybrid by default) runs when the model is loaded and the
    /// index holds its vectors; else the words rank, and the response says "lexical". A browse (no words) is the
    /// same in every mode: it is ranked by date and says the mode asked.
    /// </summary>
    private (IRanker Ranker, SearchMode Ranked, SearchMode Reported) Decide(SearchRequest request, LexicalQuery query, IndexReader reader)
    {
        if (_hybrid is null)
        {
            return (_lexical, SearchMode.Lexical, SearchMode.Lexical);
        }

        var asked = request.Mode ?? SearchMode.Hybrid;
        return asked == SearchMode.Lexical || query.IsBrowse || !VectorIndex.HasVectors(reader)
            ? (_lexical, SearchMode.Lexical, query.IsBrowse ? asked : SearchMode.Lexical)
            : (_hybrid, asked, asked);
    }

    /// <returns>
    /// What ranked, and the query it searched: <paramref name="parsed"/> itself unless a word was respelt (then
    /// the results say what they are for).
    /// </returns>
    private (LexicalQuery Built, RankedMatches Outcome, SearchMode Ran, UserQuery Searched) Find(IndexSearcher searcher, UserQuery parsed, SearchRequest request, bool countFacets = true)
    {
        var (searched, modelText) = _vocabulary is { } vocabulary && !request.AsTyped
            ? _spelling.Respell(parsed, request.Query, searcher.IndexReader, vocabulary.Contains)
            : (parsed, request.Query);
        var query = _queries.Build(searched, searcher.IndexReader);
        var (ranker, ranked, reported) = Decide(request, query, searcher.IndexReader);
        var outcome = ranker.Rank(searcher, new RankingRequest(request, searched, query, ranked, query.Reading ?? modelText, countFacets));
        var lifted = ranked == SearchMode.Semantic || query.IsBrowse ? outcome : WithStaffPhrasesFirst(searcher, request, searched, outcome);
        return (outcome.Query ?? query, lifted, reported, searched);
    }

    /// <summary>
    /// The items whose staff search phrase the search holds whole (<see cref="StaffPhrases"/>) go first, longest
    /// phrase first, then as ranked; not for a browse or a date sort, nor an item a rule hides for this search. A
    /// phrase is found by its words, so search by meaning alone does not read it.
    /// </summary>
    private RankedMatches WithStaffPhrasesFirst(IndexSearcher searcher, SearchRequest request, UserQuery searched, RankedMatches outcome)
    {
        if (request.Sort != SearchSort.Relevance)
        {
            return outcome;
        }

        var docs = _staffPhrases.Within(searcher.IndexReader, string.Join(' ', searched.Words));
        return docs.Count == 0 ? outcome : RuleApplication.First(searcher, request, docs, outcome).Outcome;
    }

    /// <summary>
    /// The best pages for what is typed so far, for the search box's dropdown: ranked by words only, which keeps up
    /// with keystrokes (a last word still being typed counts its completions), with staff's rules for the search
    /// applied; no facets, snippets or spelling. Nothing for text a search would refuse (too many words).
    /// </summary>
    /// <param name="searcher">The dropdown's own searcher, so that the documents are its own.</param>
    /// <param name="snapshot">The rules the dropdown's answer is remembered by (<see cref="CurrentRules"/>), so that it holds what they say.</param>
    internal IReadOnlyList<int> Instant(IndexSearcher searcher, string typed, int count, Curation.RuleSnapshot snapshot)
    {
        var request = new SearchRequest { Query = typed, Mode = SearchMode.Lexical, PageSize = count };
        var parsed = UserQueryParser.Parse(typed);
        if (SearchLimits.Check(request, label: null, parsed).Count > 0)
        {
            return [];
        }

        var (rules, ruled) = WithRules(snapshot, request);
        var (_, ranked, _, _) = Find(searcher, parsed, ruled, countFacets: false);
        var outcome = rules.Count == 0 ? ranked : RuleApplication.Apply(searcher, ruled, rules, ranked).Outcome;
        return outcome.Ranked.Take(count).Select(r => r.Doc).ToList();
    }

    /// <summary>Staff's rules in force and their version (one look at their file), for answers built from them and remembered by it.</summary>
    internal Curation.RuleSnapshot CurrentRules() => _rules.Current();

    /// <summary>The rules for the search, and the request with the pages they hide.</summary>
    private static (IReadOnlyList<Curation.SearchRule> Rules, SearchRequest Request) WithRules(Curation.RuleSnapshot snapshot, SearchRequest request)
    {
        var rules = snapshot.For(request.Query);
        return rules.Count == 0
            ? (rules, request)
            : (rules, request with { HiddenUrls = [.. rules.SelectMany(r => r.Hide).Distinct(StringComparer.Ordinal)] });
    }

    private SearchResult Compute(IndexSearcher searcher, SearchRequest request, UserQuery parsed, Curation.RuleSnapshot snapshot)
    {
        (var rules, request) = WithRules(snapshot, request);
        var (built, ranked, ran, searched) = Find(searcher, parsed, request);
        var respelt = !ReferenceEquals(searched, parsed);
        var (outcome, pinned) = rules.Count == 0 ? (ranked, new HashSet<int>()) : RuleApplication.Apply(searcher, request, rules, ranked);
        var page = outcome.Ranked.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var docs = page.ConvertAll(r => r.Doc);
        var highlights = _snippets.For(built.HighlightTerms, built.TypedTerms, searcher.IndexReader, docs);
        var missing = MissingWords.For(searcher, built.Words, docs);
        var hits = page.Select((r, i) => ToHit(searcher, r.Doc, r.Score, highlights) with { Pinned = pinned.Contains(r.Doc), Missing = missing[i] }).ToList();

        var cappedTotal = Math.Min(outcome.Total, SearchLimits.MaxDepth);
        return new SearchResult
        {
            Query = request.Query,
            TotalHits = outcome.Total,
            Page = request.Page,
            PageSize = request.PageSize,
            TotalPages = (int)Math.Ceiling(cappedTotal / (double)request.PageSize),
            TookMs = 0,
            Hits = hits,
            Facets = new SearchFacets(
                FacetResults.Build(FacetField.Type, outcome.Counts[FacetField.Type], FacetField.Type.Selected(request)),
                FacetResults.Build(FacetField.Category, outcome.Counts[FacetField.Category], FacetField.Category.Selected(request)),
                FacetResults.Build(FacetField.Year, outcome.Counts[FacetField.Year], FacetField.Year.Selected(request))),
            // One spelling message: results already for a respelling offer no other (the words it kept are real).
            DidYouMean = respelt ? null : DidYouMean(searcher, parsed, request, outcome.LexicalTotal),
            SearchedFor = respelt && !SpellingCorrector.SameButApostrophes(searched, parsed) ? SpellingCorrector.Format(searched) : null,
            WordsNotFound = MissingWords.NowhereOnTheSite(searcher, built.Words, missing),
            Language = parsed.IsSpanish ? QueryLanguage.Spanish : QueryLanguage.English,
            Mode = ran.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>
    /// Only the ranking: the best <paramref name="depth"/> URLs with their scores, without facets, snippets or
    /// spelling (for evaluations and for fusing with other rankings).
    /// </summary>
    public IReadOnlyList<RankedHit> Rank(SearchRequest request, int depth)
    {
        var parsed = ParsedWithinLimits(request with { Page = 1, PageSize = 1 });
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        var (_, outcome, _, _) = Find(searcher, parsed, request with { Page = 1, PageSize = depth }, countFacets: false);
        return outcome.Ranked.Take(depth).Select(r => new RankedHit(IndexSchema.LoadUrl(searcher.IndexReader, r.Doc), r.Score)).ToList();
    }

    /// <summary>
    /// The query, parsed once for both the limits and the search. A request beyond the limits throws: the caller
    /// should have checked them.
    /// </summary>
    private static UserQuery ParsedWithinLimits(SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        LookupLimits.Assert(SearchLimits.Check(request, label: null, parsed));
        return parsed;
    }

    private string? DidYouMean(IndexSearcher searcher, UserQuery parsed, SearchRequest request, int totalHits)
    {
        if (parsed.Words.Count == 0 || (totalHits > LittleHits && !_spelling.HasUnknownWord(parsed, searcher.IndexReader)))
        {
            return null;
        }

        var corrected = _spelling.Correct(parsed, searcher.IndexReader);
        if (corrected is null)
        {
            return null;
        }

        // A correction is offered only when it is another word ("hours" is not a misspelling of "hour": they
        // share their stem) and finds at least as much.
        if (SameStems(parsed, corrected))
        {
            return null;
        }

        var correctedHits = QueryRelaxation.Count(searcher, FacetFilters.Apply(_queries.Build(corrected, searcher.IndexReader).Query, request));
        return correctedHits > 0 && correctedHits >= totalHits ? SpellingCorrector.Format(corrected) : null;
    }

    private bool SameStems(UserQuery a, UserQuery b)
    {
        List<string> Stems(UserQuery q) => Analysis.SiteAnalyzers.Analyze(_analyzer, IndexSchema.Body, string.Join(' ', q.Words)).ConvertAll(t => t.Text);
        return Stems(a).SequenceEqual(Stems(b));
    }

    private SearchHit ToHit(IndexSearcher searcher, int doc, float score, SnippetBuilder.Highlights highlights)
    {
        var item = _documents.Get(searcher.IndexReader, doc);
        return new SearchHit
        {
            Id = item.Id,
            Url = item.Url,
            Type = item.Type,
            Title = item.Title,
            TitleHighlighted = highlights.Title(item.Title),
            Snippet = highlights.Snippet(doc, item.Body, item.Summary),
            Categories = item.Categories,
            Author = item.Author,
            Published = item.Published,
            Score = MathF.Round(score, 4),
        };
    }
}
