using System.Diagnostics;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Highlighting;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Spelling;
using HarrisHouse.Search.Serving;
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
    private readonly Safety.CrisisPhrases _crisis;
    private readonly SpellingCorrector _spelling;
    private readonly ReaderCache<string, SearchResult> _results;
    private readonly HitDocuments _documents = new(capacity: 5_000);

    public SearchService(LiveIndex index, SynonymSet synonyms, Safety.CrisisPhrases? crisis = null, int cachedResults = 2_000)
    {
        _index = index;
        _results = new ReaderCache<string, SearchResult>(cachedResults);
        _crisis = crisis ?? Safety.CrisisPhrases.None;
        Analyzer analyzer = IndexSchema.CreateAnalyzer(index.Options.Index.Stemmer);
        _queries = new LexicalQueryBuilder(index.Options.Ranking, analyzer, synonyms);
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
        var result = _results.GetOrAdd(lease.Searcher.IndexReader, CacheKey(request), _ => Compute(lease.Searcher, request));
        // The crisis phrases can change without the index changing: checked on every request, never cached.
        return result with { TookMs = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 2), Crisis = _crisis.Signals(request.Query) };
    }

    /// <summary>Requests that mean the same share a cache entry: filters in any order, the query as typed.</summary>
    private static string CacheKey(SearchRequest request) => string.Join(
        '\u001f',
        request.Query,
        string.Join(',', request.Types.Order()),
        string.Join(',', request.Categories.Order(StringComparer.Ordinal)),
        string.Join(',', request.Years.Order()),
        request.Sort,
        request.Page,
        request.PageSize);

    private SearchResult Compute(IndexSearcher searcher, SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        var built = _queries.Build(parsed, searcher.IndexReader);
        var depth = request.Page * request.PageSize;
        var sort = SortFor(request.Sort, built.IsBrowse);

        var selectedFacets = FacetFields.All.Where(f => f.Selected(request).Count > 0).ToList();
        var (top, counts) = Run(searcher, built.Query, request, sort, depth, FacetFields.All.Except(selectedFacets).ToList());
        if (top.TotalHits == 0 && built.WordGroups > 1)
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

        var highlights = _snippets.For(built.HighlightTerms);
        var hits = top.ScoreDocs
            .Skip((request.Page - 1) * request.PageSize)
            .Select(scoreDoc => ToHit(searcher, scoreDoc, highlights))
            .ToList();

        var cappedTotal = Math.Min(top.TotalHits, SearchLimits.MaxDepth);
        return new SearchResult
        {
            Query = request.Query,
            TotalHits = top.TotalHits,
            Page = request.Page,
            PageSize = request.PageSize,
            TotalPages = (int)Math.Ceiling(cappedTotal / (double)request.PageSize),
            TookMs = 0,
            Hits = hits,
            Facets = new SearchFacets(
                FacetResults.Build(FacetField.Type, counts[FacetField.Type], FacetField.Type.Selected(request)),
                FacetResults.Build(FacetField.Category, counts[FacetField.Category], FacetField.Category.Selected(request)),
                FacetResults.Build(FacetField.Year, counts[FacetField.Year], FacetField.Year.Selected(request))),
            DidYouMean = DidYouMean(searcher, parsed, request, top.TotalHits),
        };
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
        var parsed = UserQueryParser.Parse(request.Query);
        var built = _queries.Build(parsed, searcher.IndexReader);
        var sort = SortFor(request.Sort, built.IsBrowse);
        var (top, _) = Run(searcher, built.Query, request, sort, depth, []);
        if (top.TotalHits == 0 && built.WordGroups > 1)
        {
            (top, _) = Run(searcher, _queries.Build(parsed, searcher.IndexReader, relaxed: true).Query, request, sort, depth, []);
        }

        return top.ScoreDocs.Select(d => new RankedHit(IndexSchema.LoadUrl(searcher.IndexReader, d.Doc), d.Score)).ToList();
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

        var counter = new TotalHitCountCollector();
        searcher.Search(FacetFilters.Apply(_queries.Build(corrected, searcher.IndexReader).Query, request), counter);
        return counter.TotalHits > 0 && counter.TotalHits >= totalHits ? SpellingCorrector.Format(corrected) : null;
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, SnippetBuilder.Highlights highlights)
    {
        var item = _documents.Get(searcher.IndexReader, scoreDoc.Doc);
        return new SearchHit
        {
            Id = item.Id,
            Url = item.Url,
            Type = item.Type,
            Title = item.Title,
            TitleHighlighted = highlights.Title(item.Title),
            Snippet = highlights.Snippet(searcher.IndexReader, scoreDoc.Doc, item.Body, item.Summary),
            Categories = item.Categories,
            Author = item.Author,
            Published = item.Published,
            Score = float.IsNaN(scoreDoc.Score) ? 0 : MathF.Round(scoreDoc.Score, 4),
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
