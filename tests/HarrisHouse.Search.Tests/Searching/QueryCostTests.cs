using System.Runtime.CompilerServices;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Ranking;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Work a search no longer repeats, with the same answers.</summary>
public sealed class QueryCostTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>, IDisposable
{
    private readonly TemporaryDirectory _directory = new("query-cost");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_field_no_item_has_gets_no_clause_and_the_fields_items_have_keep_theirs()
    {
        // Items with a title and a body only, as a benchmark collection is: no subject, lead, labels or phrases.
        var items = Enumerable.Range(0, 20).Select(i => new ContentItem { Url = $"/beir/{i}/", Type = ContentType.Page, Title = $"Document {i}", Body = "alcohol withdrawal and sleep" }).ToList();
        var generation = SampleSite.BuildGeneration(_directory.Combine("index"), items);
        using var reader = DirectoryReader.Open(IndexDirectory.Open(generation.Directory));

        var query = SiteQueries.Built("alcohol", reader);

        Assert.Contains("title:alcohol", query, StringComparison.Ordinal);
        Assert.Contains("body:alcohol", query, StringComparison.Ordinal);
        Assert.DoesNotContain(IndexSchema.Subject + ":", query, StringComparison.Ordinal);
        Assert.DoesNotContain(IndexSchema.Lead + ":", query, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_s_searcher_gives_each_field_s_statistics_as_lucene_works_them_out_once_per_field()
    {
        using var lease = site.Engine.Index.Acquire();
        var plain = new IndexSearcher(lease.Searcher.IndexReader);
        foreach (var field in new[] { IndexSchema.Title, IndexSchema.Body, IndexSchema.Subject, "no-such-field" })
        {
            var first = lease.Searcher.CollectionStatistics(field);
            var expected = plain.CollectionStatistics(field);
            Assert.Equal((expected.DocCount, expected.SumTotalTermFreq, expected.SumDocFreq), (first.DocCount, first.SumTotalTermFreq, first.SumDocFreq));
            Assert.Same(first, lease.Searcher.CollectionStatistics(field));
        }
    }

    [Fact]
    public void A_query_with_a_required_clause_builds_each_scorer_once_and_finds_what_lucene_finds()
    {
        using var lease = site.Engine.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var counted = new ScorerCountingQuery(new TermQuery(new Term(IndexSchema.Body, "alcohol")));
        var query = new BooleanQuery
        {
            { counted, Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Title, "alcohol")), Occur.SHOULD },
            { new TermQuery(new Term(IndexSchema.Type, "page")), Occur.MUST_NOT },
        };

        var ours = TopByScore(lease.Searcher, query);
        var oursBuilt = counted.ScorersBuilt;
        var lucenes = TopByScore(new IndexSearcher(reader) { Similarity = lease.Searcher.Similarity }, query);

        Assert.Equal(reader.Leaves.Count, oursBuilt);
        Assert.True(counted.ScorersBuilt - oursBuilt > reader.Leaves.Count, "Lucene's own path builds the required clause's scorer more than once a segment");
        Assert.True(ours.TotalHits > 1);
        Assert.Equal(lucenes.ScoreDocs.Select(d => (d.Doc, d.Score)), ours.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1_000)]
    public void The_relevance_collector_ranks_as_lucene_sorting_by_score_then_newest_first(int depth)
    {
        using var lease = site.Engine.Index.Acquire();
        var searcher = lease.Searcher;

        // Every blog post scores the same under a constant score: only the dates (then the documents) order them.
        var queries = new[] { "detox", "alcohol withdrawal", "family program", "how to help my son", "recovery" }
            .Select(q => SiteQueries.Query(q, searcher.IndexReader))
            .Append(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Type, "blog"))))
            .Append(new MatchAllDocsQuery());
        foreach (var query in queries)
        {
            var lucene = TopFieldCollector.Create(LexicalRanker.Relevance, depth, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(query, lucene);
            var expected = lucene.GetTopDocs();

            var ours = RelevanceCollector.Search(searcher, query, depth);

            Assert.True(expected.TotalHits > 1, $"{query} should find several items");
            Assert.Equal(expected.TotalHits, ours.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), ours.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    [Fact]
    public void A_search_s_own_clauses_take_the_hidden_items_exclusion_with_the_same_hits_and_scores_as_a_wrapper()
    {
        using var lease = site.Engine.Index.Acquire();
        var searcher = lease.Searcher;
        foreach (var search in new[] { "detox", "alcohol withdrawal", "what does insurance cover for rehab", "\"family program\" -weekend" })
        {
            var query = (BooleanQuery)SiteQueries.Query(search, searcher.IndexReader);
            var wrapped = new BooleanQuery { { query, Occur.MUST }, { IndexSchema.HiddenItems(), Occur.MUST_NOT } };

            var joined = FacetFilters.Searchable(query);

            Assert.Equal(query.Clauses.Count + 1, joined.Clauses.Count);
            Assert.All(query.Clauses, clause => Assert.Contains(clause, joined.Clauses));
            var expected = TopByScore(searcher, wrapped);
            var actual = TopByScore(searcher, joined);
            Assert.True(expected.TotalHits > 0, $"{search} should find items");
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc), actual.ScoreDocs.Select(d => d.Doc));
            Assert.Equal(expected.ScoreDocs.Select(d => d.Score), actual.ScoreDocs.Select(d => d.Score), (a, b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1f, Math.Abs(a)));
        }

        // Optional clauses alone are not joined: beside a facet's required filter they would stop being required.
        var eitherWord = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Title, "alcohol")), Occur.SHOULD }, { new TermQuery(new Term(IndexSchema.Title, "detox")), Occur.SHOULD } };
        var filtered = TopByScore(searcher, FacetFilters.Apply(eitherWord, new SearchRequest { Types = [ContentType.Addiction, ContentType.Treatment, ContentType.Blog] }));
        Assert.InRange(filtered.TotalHits, 1, TopByScore(searcher, eitherWord).TotalHits);
    }

    [Theory]
    [InlineData("alcohol")]
    [InlineData("family program")]
    [InlineData("detox withdrawal insurance")]
    public void The_best_of_query_finds_and_scores_what_lucene_s_disjunction_max_does(string words)
    {
        using var lease = site.Engine.Index.Acquire();
        var fields = new RankingSettings().FieldWeights();

        // Every word required (the clauses are advanced by each other), and most of them (stepped one by one).
        Query Words(Func<DisjunctionMaxQuery> disjunction, int mostOf)
        {
            var query = new BooleanQuery { MinimumNumberShouldMatch = mostOf };
            foreach (var word in words.Split(' '))
            {
                var perField = disjunction();
                foreach (var (field, weight) in fields)
                {
                    perField.Add(new TermQuery(new Term(field, word)) { Boost = weight });
                }

                query.Add(perField, mostOf == 0 ? Occur.MUST : Occur.SHOULD);
            }

            return query;
        }

        foreach (var mostOf in new[] { 0, 1 })
        {
            var expected = TopByScore(lease.Searcher, Words(() => new DisjunctionMaxQuery(0.3f), mostOf));
            var actual = TopByScore(lease.Searcher, Words(() => new BestOfQuery(0.3f), mostOf));

            Assert.True(expected.TotalHits > 1, $"'{words}' should find several items");
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc).Order(), actual.ScoreDocs.Select(d => d.Doc).Order());
            var scores = actual.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            Assert.All(expected.ScoreDocs, d => Assert.Equal(d.Score, scores[d.Doc], 1e-5f * Math.Max(1f, d.Score)));
        }
    }

    [Fact]
    public void The_required_with_optional_query_finds_and_scores_exactly_what_lucene_s_boolean_query_does()
    {
        using var lease = site.Engine.Index.Acquire();
        var searcher = lease.Searcher;
        Query Body(string word) => new TermQuery(new Term(IndexSchema.Body, word));
        Query Title(string word) => new TermQuery(new Term(IndexSchema.Title, word)) { Boost = 4 };
        Query Pages() => new TermQuery(new Term(IndexSchema.Type, "page"));

        // The shapes a search makes (a required clause, optional boosts, an exclusion), their edge cases, and shapes
        // the lean scorer leaves to Lucene (two required clauses, a minimum of optional ones).
        var shapes = new ((Occur Occur, Query Query)[] Clauses, int MinimumOptional)[]
        {
            ([(Occur.MUST, Body("alcohol"))], 0),
            ([(Occur.MUST, Body("alcohol")), (Occur.SHOULD, Title("alcohol"))], 0),
            ([(Occur.MUST, Body("alcohol")), (Occur.SHOULD, Title("alcohol")), (Occur.SHOULD, Title("detox")), (Occur.MUST_NOT, Pages())], 0),
            ([(Occur.MUST, Body("alcohol")), (Occur.SHOULD, Title("zzznothing")), (Occur.MUST_NOT, Body("detox"))], 0),
            ([(Occur.MUST, Body("zzznothing")), (Occur.SHOULD, Title("alcohol"))], 0),
            ([(Occur.MUST, Body("alcohol")), (Occur.MUST, Body("sleep")), (Occur.SHOULD, Title("alcohol"))], 0),
            ([(Occur.MUST, Body("alcohol")), (Occur.SHOULD, Title("alcohol")), (Occur.SHOULD, Title("detox"))], 1),
        };
        foreach (var (clauses, minimumOptional) in shapes)
        {
            var lucene = new BooleanQuery { MinimumNumberShouldMatch = minimumOptional };
            var ours = new RequiredWithOptionalQuery { MinimumNumberShouldMatch = minimumOptional };
            foreach (var (occur, query) in clauses)
            {
                lucene.Add(query, occur);
                ours.Add(query, occur);
            }

            var expected = TopByScore(searcher, lucene);
            var actual = TopByScore(searcher, ours);

            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }

        // The exclusion removes what it matches, and the common shape is scored by the lean scorer, not Lucene's.
        var withPages = TopByScore(searcher, new RequiredWithOptionalQuery { { Body("alcohol"), Occur.MUST }, { Title("alcohol"), Occur.SHOULD } });
        var withoutPages = TopByScore(searcher, new RequiredWithOptionalQuery { { Body("alcohol"), Occur.MUST }, { Title("alcohol"), Occur.SHOULD }, { Pages(), Occur.MUST_NOT } });
        Assert.InRange(withoutPages.TotalHits, 1, withPages.TotalHits - 1);
        var leaf = searcher.IndexReader.Leaves[0];
        var lean = searcher.CreateNormalizedWeight(new RequiredWithOptionalQuery { { Body("alcohol"), Occur.MUST }, { Title("alcohol"), Occur.SHOULD } }).GetScorer(leaf, null);
        Assert.Equal(typeof(RequiredWithOptionalQuery), lean!.GetType().DeclaringType);
    }

    [Fact]
    public void A_term_is_looked_up_once_for_the_builder_s_counts_and_the_search_with_lucene_s_counts_hits_and_scores()
    {
        using var lease = site.Engine.Index.Acquire();
        var created = new StrongBox<int>();
        using var counting = new EnumeratorCountingReader((DirectoryReader)lease.Searcher.IndexReader, created);
        var searcher = new StatisticsCachingSearcher(counting) { Similarity = lease.Searcher.Similarity };
        var leaves = counting.Leaves.Count;

        var lookup = new TermLookup(counting);
        foreach (var (field, text) in new[] { (IndexSchema.Body, "alcohol"), (IndexSchema.Title, "detox"), (IndexSchema.Body, "zzzunknown"), ("no-such-field", "alcohol") })
        {
            var expected = counting.DocFreq(new Term(field, text));
            Assert.Equal(expected, lookup.DocFreq(field, text));
            Assert.Equal(expected, lookup.DocFreq(field, text));
        }

        // The builder asks a word's count up to three times, then searches it: one enumerator a segment for the
        // lookups and one for the scorer, against one per question and two for the search (a lookup, the scorer).
        created.Value = 0;
        var once = new TermLookup(counting);
        for (var question = 0; question < 3; question++)
        {
            _ = once.DocFreq(IndexSchema.Body, "alcohol");
        }

        var ours = TopByScore(searcher, once.Query(IndexSchema.Body, "alcohol"));
        Assert.Equal(2 * leaves, created.Value);

        created.Value = 0;
        for (var question = 0; question < 3; question++)
        {
            _ = counting.DocFreq(new Term(IndexSchema.Body, "alcohol"));
        }

        var lucenes = TopByScore(searcher, new TermQuery(new Term(IndexSchema.Body, "alcohol")));
        Assert.Equal(5 * leaves, created.Value);
        Assert.True(ours.TotalHits > 1);
        Assert.Equal(lucenes.ScoreDocs.Select(d => (d.Doc, d.Score)), ours.ScoreDocs.Select(d => (d.Doc, d.Score)));

        // The lookup belongs to its reader: searched over another, the query looks its term up again and finds the same.
        var elsewhere = TopByScore(new IndexSearcher(lease.Searcher.IndexReader) { Similarity = lease.Searcher.Similarity }, once.Query(IndexSchema.Body, "alcohol"));
        Assert.Equal(lucenes.ScoreDocs.Select(d => (d.Doc, d.Score)), elsewhere.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    /// <summary>The top hits by a collector that takes documents in any order, as the product's ranking does.</summary>
    private static TopDocs TopByScore(IndexSearcher searcher, Query query)
    {
        var collector = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE), 1_000, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    /// <summary>A query that counts how often its scorer is built.</summary>
    private sealed class ScorerCountingQuery(Query inner) : Query
    {
        public int ScorersBuilt;

        public override Weight CreateWeight(IndexSearcher searcher) => new CountingWeight(this, inner.CreateWeight(searcher));

        public override string ToString(string field) => $"counted({inner.ToString(field)})";

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

        private sealed class CountingWeight(ScorerCountingQuery query, Weight inner) : Weight
        {
            public override Query Query => query;

            public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

            public override float GetValueForNormalization() => inner.GetValueForNormalization();

            public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost);

            public override Scorer? GetScorer(AtomicReaderContext context, Lucene.Net.Util.IBits acceptDocs)
            {
                Interlocked.Increment(ref query.ScorersBuilt);
                return inner.GetScorer(context, acceptDocs);
            }
        }
    }

    /// <summary>A reader that counts the terms enumerators made over it: the cost each term lookup starts with.</summary>
    private sealed class EnumeratorCountingReader(DirectoryReader inner, StrongBox<int> created) : FilterDirectoryReader(inner, new LeafWrapper(created))
    {
        protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new EnumeratorCountingReader(input, created);

        protected override void DoClose()
        {
            // The service's reader is leased, not owned: closing the wrapper must leave it open.
        }

        private sealed class LeafWrapper(StrongBox<int> created) : SubReaderWrapper
        {
            public override AtomicReader Wrap(AtomicReader reader) => new Leaf(reader, created);
        }

        private sealed class Leaf(AtomicReader inner, StrongBox<int> created) : FilterAtomicReader(inner)
        {
            public override Fields Fields => new CountingFields(base.Fields, created);
        }

        private sealed class CountingFields(Fields inner, StrongBox<int> created) : FilterAtomicReader.FilterFields(inner)
        {
            public override Terms? GetTerms(string field) => base.GetTerms(field) is { } terms ? new CountingTerms(terms, created) : null;
        }

        private sealed class CountingTerms(Terms inner, StrongBox<int> created) : FilterAtomicReader.FilterTerms(inner)
        {
            public override TermsEnum GetEnumerator()
            {
                created.Value++;
                return base.GetEnumerator();
            }

            public override TermsEnum GetEnumerator(TermsEnum? reuse)
            {
                created.Value++;
                return base.GetEnumerator(reuse);
            }
        }
    }
}
