using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Ranking;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>
/// A common word's search, scored a window of documents at a time and skipping the scores that cannot rank, finds
/// and scores what Lucene's own queries do. The sample site is copied forty times (3,320 items, four windows), so
/// that words match across windows and many hits tie.
/// </summary>
public sealed class WindowScorerTests : IClassFixture<WindowScorerTests.CopiedSite>
{
    private static readonly string[] Searches =
    [
        "detox", "alcohol", "insurance", "recovery", "family", "sleep", "rehab", "naloxone",
        "\"family program\"", "detox -weekend", "alcohol -\"family program\"", "opio", "fentanly", "family program",
        "signs of alcohol withdrawal", "help for families of addicts", "does insurance cover rehab", "detox pro", "alcohol withd",
    ];

    private readonly CopiedSite _site;

    public WindowScorerTests(CopiedSite site) => _site = site;

    [Fact]
    public void A_search_finds_and_scores_what_the_same_query_in_lucene_s_own_classes_does()
    {
        var searcher = _site.Searcher;
        var windowed = 0;
        foreach (var search in Searches)
        {
            var query = FacetFilters.Searchable(SiteQueries.Query(search, searcher.IndexReader));
            windowed += UsesWindows(searcher, query) ? 1 : 0;

            var expected = All(searcher, AsLucene(query));
            var actual = All(searcher, query);

            Assert.True(expected.TotalHits > 1, $"'{search}' should find several items");
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            var scores = actual.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc).Order(), scores.Keys.Order());
            Assert.All(expected.ScoreDocs, d => Assert.Equal(d.Score, scores[d.Doc], 1e-5f * Math.Max(1f, d.Score)));
        }

        Assert.True(windowed >= Searches.Length / 2, $"only {windowed} of {Searches.Length} searches were scored by windows");
    }

    [Theory]
    [InlineData("family program")]
    [InlineData("signs of alcohol withdrawal")]
    [InlineData("detox pro")]
    [InlineData("opio")]
    public void Several_words_and_a_word_being_typed_are_scored_by_windows(string search)
    {
        var query = FacetFilters.Searchable(SiteQueries.Query(search, _site.Searcher.IndexReader));

        Assert.True(UsesWindows(_site.Searcher, query), $"'{search}' should be scored by windows");
    }

    [Theory]
    [InlineData("family program")]
    [InlineData("signs of alcohol withdrawal")]
    [InlineData("help for families of addicts")]
    [InlineData("detox pro")]
    [InlineData("detox")]
    public void No_hit_scores_above_its_bound_the_words_close_together_included(string search)
    {
        var searcher = _site.Searcher;
        var weight = searcher.CreateNormalizedWeight(FacetFilters.Searchable(SiteQueries.Query(search, searcher.IndexReader)));
        var checkedHits = 0;
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(segment, segment.AtomicReader.LiveDocs) is not WindowScorer scorer)
            {
                continue;
            }

            while (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                // The bound first: scoring works the deferred phrases out.
                var bound = scorer.ScoreBound();
                var score = scorer.GetScore();
                Assert.True(score <= bound * 1.001f, $"'{search}': document {scorer.DocID} scored {score}, above its bound {bound}");
                checkedHits++;
            }
        }

        Assert.True(checkedHits > 0, $"'{search}' should be scored by windows");
    }

    [Fact]
    public void Inside_a_conjunction_the_windows_are_moved_to_each_document_asked_for()
    {
        var searcher = _site.Searcher;
        foreach (var search in new[] { "detox", "recovery", "\"family program\"" })
        {
            var query = SiteQueries.Query(search, searcher.IndexReader);
            Query OfBlogPosts(Query words) => new BooleanQuery
            {
                { words, Occur.MUST },
                { new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Type, "blog"))) { Boost = 0 }, Occur.MUST },
            };

            var expected = All(searcher, OfBlogPosts(AsLucene(query)));
            var actual = All(searcher, OfBlogPosts(query));

            Assert.True(expected.TotalHits > 1, $"'{search}' should find several blog posts");
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc).Order(), actual.ScoreDocs.Select(d => d.Doc).Order());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public void The_relevance_collector_skips_scoring_hits_that_cannot_rank_and_keeps_the_same_best(int depth)
    {
        var searcher = _site.Searcher;
        var skipped = 0;
        foreach (var search in new[] { "detox", "alcohol", "recovery", "family", "family program", "detox pro" })
        {
            var query = FacetFilters.Searchable(SiteQueries.Query(search, searcher.IndexReader));
            var lucene = TopFieldCollector.Create(LexicalRanker.Relevance, depth, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(query, lucene);
            var expected = lucene.GetTopDocs();

            var ours = new RelevanceCollector(depth);
            searcher.Search(query, ours);
            var actual = ours.TopDocs();

            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.InRange(ours.Unscored, 0, actual.TotalHits - depth);
            skipped += ours.Unscored;
        }

        Assert.True(skipped > 0, "a common word's body-only matches should go unscored once the best hits are found");
    }

    /// <summary>Whether the search's scorer on the first segment is the window scorer.</summary>
    private static bool UsesWindows(IndexSearcher searcher, Query query) =>
        searcher.CreateNormalizedWeight(query).GetScorer(searcher.IndexReader.Leaves[0], null) is WindowScorer;

    private static TopDocs All(IndexSearcher searcher, Query query)
    {
        var collector = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE), 10_000, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    /// <summary>The same query in Lucene's own classes: a boolean query, disjunction-max queries, term and phrase queries.</summary>
    private static Query AsLucene(Query query)
    {
        Query copy = query switch
        {
            BooleanQuery boolean => LuceneBoolean(boolean),
            DisjunctionMaxQuery best => new DisjunctionMaxQuery(best.Disjuncts.Select(AsLucene).ToList(), best.TieBreakerMultiplier),
            BoundedTermQuery term => new TermQuery(term.Term),
            BoundedPhraseQuery phrase => LucenePhrase(phrase),
            _ => query,
        };
        copy.Boost = query.Boost;
        return copy;
    }

    private static PhraseQuery LucenePhrase(PhraseQuery phrase)
    {
        var copy = new PhraseQuery { Slop = phrase.Slop };
        foreach (var (term, position) in phrase.GetTerms().Zip(phrase.GetPositions()))
        {
            copy.Add(term, position);
        }

        return copy;
    }

    private static BooleanQuery LuceneBoolean(BooleanQuery boolean)
    {
        var copy = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            copy.Add(AsLucene(clause.Query), clause.Occur);
        }

        return copy;
    }

    /// <summary>The sample site forty times over, each copy under its own URLs, with the service's searcher.</summary>
    public sealed class CopiedSite : IDisposable
    {
        private const int Copies = 40;
        private readonly TemporaryDirectory _directory = new("window-scorer");
        private readonly DirectoryReader _reader;

        public CopiedSite()
        {
            var sample = SampleSite.ItemsAsync().GetAwaiter().GetResult();
            var items = Enumerable.Range(0, Copies).SelectMany(copy => sample.Select(item => item with { Url = $"/copy-{copy}{item.Url}" })).ToList();
            var generation = SampleSite.BuildGeneration(_directory.Combine("index"), items);
            _reader = DirectoryReader.Open(IndexDirectory.Open(generation.Directory));
            var ranking = new RankingSettings();
            Searcher = new SearchSimilarity(ranking.Bm25K1, ranking.Bm25B).NewSearcher(_reader);
        }

        public IndexSearcher Searcher { get; }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }
    }
}
