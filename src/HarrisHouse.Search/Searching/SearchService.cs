using System.Diagnostics;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Highlighting;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Spelling;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching;

/// <summary>Ranked search with facet counts, snippets and spelling suggestions, over the live index.</summary>
public sealed class SearchService
{
    /// <summary>At or below this many hits a query "finds little" and a better spelling is looked for.</summary>
    private const int LittleHits = 2;

    private readonly LiveIndex _index;
    private readonly LexicalQueryBuilder _queries;
    private readonly SnippetBuilder _snippets;
    private readonly Safety.CrisisDetector _crisis;
    private readonly SpellingCorrector _spelling;
    private readonly ReaderCache<string, SearchResult> _results;
    private readonly HitDocuments _documents = new(capacity: 5_000);
    private readonly Hybrid.HybridSearch? _hybrid;
    private readonly Analyzer _analyzer;

    internal SearchService(LiveIndex index, RankingSettings ranking, SynonymSet synonyms, Safety.CrisisDetector? crisis = null, int cachedResults = 2_000, Semantic.SemanticSearch? semantic = null)
    {
        _index = index;
        _hybrid = semantic is null ? null : new Hybrid.HybridSearch(semantic);
        _results = new ReaderCache<string, SearchResult>(cachedResults);
        _crisis = crisis ?? Safety.CrisisDetector.None;
        Analyzer analyzer = IndexSchema.CreateAnalyzer(index.Options.Index.Stemmer);
        _analyzer = analyzer;
        _queries = new LexicalQueryBuilder(ranking, analyzer, synonyms);
        _snippets = new SnippetBuilder(analyzer);
        var stems = Analysis.SiteAnalyzers.Text(index.Options.Index.Stemmer);
        _spelling = new SpellingCorrector(word => Analysis.SiteAnalyzers.Analyze(stems, IndexSchema.Body, word) is [var stem] && synonyms.LongestMatchAt([stem.Text], 0) is not null);
    }

    public SearchResult Search(SearchRequest request)
    {
        var errors = SearchLimits.Check(request);
        if (errors.Count > 0)
        {
            throw new InvalidSearchRequestException(errors);
        }

        var stopwatch = Stopwatch.StartNew();
        using var lease = _index.Acquire();
        var mode = ModeFor(request);
        var result = _results.GetOrAdd(lease.Searcher.IndexReader, CacheKey(request, mode), _ => Compute(lease.Searcher, request, mode));
        // The crisis phrases can change without the index changing: checked on every request, never cached.
        var crisis = _crisis.Detect(request.Query);
        return result with { TookMs = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), Crisis = crisis.Signals, CrisisLanguage = crisis.Language };
    }

    /// <summary>Requests that mean the same share a cache entry: filters in any order, the query as typed.</summary>
    private static string CacheKey(SearchRequest request, SearchMode mode) => string.Join(
        '\u001f',
        mode,
        request.Query,
        string.Join(',', request.Types.Order()),
        string.Join(',', request.Categories.Order(StringComparer.Ordinal)),
        string.Join(',', request.Years.Order()),
        request.Sort,
        request.Page,
        request.PageSize);

    /// <summary>The mode a request runs in: as asked when the model is available, else lexical (and the response says so).</summary>
    private SearchMode ModeFor(SearchRequest request) =>
        _hybrid is null ? SearchMode.Lexical : request.Mode ?? SearchMode.Hybrid;

    private SearchResult Compute(IndexSearcher searcher, SearchRequest request, SearchMode mode)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        var (built, outcome, ran) = Find(searcher, parsed, request, mode);
        var page = outcome.Ranked.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var highlights = _snippets.For(built.HighlightTerms, built.TypedTerms, searcher.IndexReader, page.ConvertAll(r => r.Doc));
        var hits = page.ConvertAll(r => ToHit(searcher, r.Doc, r.Score, highlights));

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
            DidYouMean = DidYouMean(searcher, parsed, request, outcome.LexicalTotal),
            Mode = ran.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>
    /// Ranks and counts in the given mode. A browse (no words) is the same in every mode; semantic and hybrid
    /// need the model's vectors in the index (an index built without the model is searched lexically).
    /// </summary>
    private (LexicalQuery Built, Hybrid.MixedOutcome Outcome, SearchMode Ran) Find(IndexSearcher searcher, UserQuery parsed, SearchRequest request, SearchMode mode)
    {
        var built = _queries.Build(parsed, searcher.IndexReader);
        if (mode != SearchMode.Lexical && _hybrid is not null && !built.IsBrowse && Storage.VectorIndex.HasVectors(searcher.IndexReader))
        {
            // Whether all the words must match is decided on the words alone, never under the filters: else
            // choosing a facet value could relax the query and find more than the count shown beside it.
            var completeMatches = Count(searcher, built.Query);
            var anyMatches = completeMatches;
            if (completeMatches == 0 && built.WordGroups > 1)
            {
                built = _queries.Build(parsed, searcher.IndexReader, relaxed: true);
                anyMatches = Count(searcher, built.Query);
            }

            var keywordQuery = completeMatches > 0 && built.WordGroups <= _hybrid.Settings.KeywordQueryMaxWords;
            return (built, _hybrid.Run(searcher, request, built.Query, mode, keywordQuery, completeLexicalMatch: completeMatches > 0, knownWords: anyMatches > 0 || !_hybrid.Settings.RequireKnownWord), mode);
        }

        var depth = request.Page * request.PageSize;
        var sort = SortFor(request.Sort, built.IsBrowse);
        var selectedFacets = FacetFields.All.Where(f => f.Selected(request).Count > 0).ToList();
        if (request.HasFilters && built.WordGroups > 1 && Count(searcher, built.Query) == 0)
        {
            built = _queries.Build(parsed, searcher.IndexReader, relaxed: true);
        }

        var (top, counts) = Run(searcher, built.Query, request, sort, depth, FacetFields.All.Except(selectedFacets).ToList());
        if (!request.HasFilters && top.TotalHits == 0 && built.WordGroups > 1)
        {
            built = _queries.Build(parsed, searcher.IndexReader, relaxed: true);
            (top, counts) = Run(searcher, built.Query, request, sort, depth, FacetFields.All.Except(selectedFacets).ToList());
        }

        foreach (var facet in selectedFacets)
        {
            var collector = new FacetCountingCollector([facet]);
            searcher.Search(FacetFilters.Apply(built.Query, request, except: facet), collector);
            counts[facet] = collector.CountsOf(facet);
        }

        var ranked = top.ScoreDocs.Select(d => (d.Doc, float.IsNaN(d.Score) ? 0f : d.Score)).ToList();
        // A browse is the same in every mode, so it says the mode asked for; an index without vectors is searched lexically.
        return (built, new Hybrid.MixedOutcome(ranked, top.TotalHits, counts, top.TotalHits), built.IsBrowse ? mode : SearchMode.Lexical);
    }

    /// <summary>
    /// Only the ranking: the best <paramref name="depth"/> URLs with their scores, without facets, snippets or
    /// spelling (for evaluations and for fusing with other rankings).
    /// </summary>
    public IReadOnlyList<RankedHit> Rank(SearchRequest request, int depth)
    {
        var errors = SearchLimits.Check(request with { Page = 1, PageSize = 1 });
        if (errors.Count > 0)
        {
            throw new InvalidSearchRequestException(errors);
        }

        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        var (_, outcome, _) = Find(searcher, UserQueryParser.Parse(request.Query), request with { Page = 1, PageSize = depth }, ModeFor(request));
        return outcome.Ranked.Take(depth).Select(r => new RankedHit(IndexSchema.LoadUrl(searcher.IndexReader, r.Doc), r.Score)).ToList();
    }

    private static (TopDocs Top, Dictionary<FacetField, IReadOnlyDictionary<string, int>> Counts) Run(
        IndexSearcher searcher, Query query, SearchRequest request, Sort sort, int depth, IReadOnlyList<FacetField> countHere)
    {
        var top = TopFieldCollector.Create(sort, depth, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCountingCollector(countHere);
        searcher.Search(FacetFilters.Apply(query, request), MultiCollector.Wrap(top, facets));
        var counts = countHere.ToDictionary(f => f, f => facets.CountsOf(f));
        return (top.GetTopDocs(), counts);
    }

    private static int Count(IndexSearcher searcher, Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
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

        var correctedHits = Count(searcher, FacetFilters.Apply(_queries.Build(corrected, searcher.IndexReader).Query, request));
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

    private static Sort SortFor(SearchSort sort, bool browse) => (sort, browse) switch
    {
        (SearchSort.Oldest, _) => new Sort(DateField(newestFirst: false), SortField.FIELD_SCORE),
        (SearchSort.Newest, _) or (SearchSort.Relevance, true) => new Sort(DateField(newestFirst: true), SortField.FIELD_SCORE),
        _ => new Sort(SortField.FIELD_SCORE, DateField(newestFirst: true)),
    };

    /// <summary>Publication date; undated pages go last whichever way it is sorted.</summary>
    private static SortField DateField(bool newestFirst)
    {
        var field = new SortField(IndexSchema.Published, SortFieldType.INT64, newestFirst);
        field.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return field;
    }
}
