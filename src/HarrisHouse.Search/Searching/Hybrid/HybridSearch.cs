using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Ranking;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Storage;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Hybrid;

/// <summary>
/// Semantic and hybrid search. The result set is the lexical matches together with the items semantically
/// close enough to the query (at or above the similarity floor), under the filters; hybrid ranks it by
/// reciprocal-rank fusion of the two rankings, semantic by similarity alone. Facets are counted over that
/// set, each facet ignoring its own selection, exactly as in lexical search.
/// </summary>
internal sealed class HybridSearch(SemanticSearch semantic, SiteMention siteMention)
{
    public SemanticSettings Settings => semantic.Settings;

    /// <param name="knownWords">
    /// Whether any of the query's words is known to the index (after synonyms and typo tolerance). A query of
    /// made-up words has no meaning the model can know: its nearest items are noise, so it finds nothing.
    /// </param>
    /// <param name="modelQuery">The query as the model reads it (as typed, or respelt: <see cref="RankingRequest.ModelText"/>).</param>
    public RankedMatches Run(IndexSearcher searcher, SearchRequest request, string modelQuery, Query lexical, SearchMode mode, bool keywordQuery, bool completeLexicalMatch, bool knownWords)
    {
        var settings = semantic.Settings;
        var reader = searcher.IndexReader;
        var depth = Math.Max(settings.FusionDepth, request.Page * request.PageSize);
        var similarities = knownWords ? semantic.Similarities(reader, siteMention.Without(modelQuery)) : [];
        LeaveOutHidden(searcher, similarities);
        LeaveOut(similarities, request.HiddenUrls.Select(url => DocumentLookup.Find(reader, url)));
        var floor = Floor(similarities, settings);
        var close = new FixedBitSet(Math.Max(1, reader.MaxDoc));
        for (var doc = 0; doc < similarities.Length; doc++)
        {
            if (similarities[doc] >= floor)
            {
                close.Set(doc);
            }
        }

        var useLexical = mode == SearchMode.Hybrid;
        var filtered = DocSets.Matching(searcher, FacetFilters.Apply(new MatchAllDocsQuery(), request));
        FixedBitSet ResultSet(FacetField? except)
        {
            var set = except is null ? filtered.Clone() : DocSets.Matching(searcher, FacetFilters.Apply(new MatchAllDocsQuery(), request, except));
            set.And(close);
            if (useLexical)
            {
                set.Or(DocSets.Matching(searcher, FacetFilters.Apply(lexical, request, except)));
            }

            return set;
        }

        var all = ResultSet(except: null);
        var counts = DocSets.Count(reader, all, FacetFields.All);
        foreach (var facet in FacetFields.All.Where(f => f.Selected(request).Count > 0))
        {
            counts[facet] = DocSets.Count(reader, ResultSet(facet), [facet])[facet];
        }

        var bySimilarity = SemanticSearch.AboveFloor(similarities, floor)
            .Where(s => filtered.Get(s.Doc))
            .Take(depth)
            .ToList();
        var lexicalTop = useLexical ? Ranking.RelevanceCollector.Search(searcher, FacetFilters.Apply(lexical, request), depth) : null;
        var ranked = request.Sort == SearchSort.Relevance
            ? Rank(mode, keywordQuery, completeLexicalMatch, bySimilarity, lexicalTop)
            : ByDate(reader, all, request.Sort == SearchSort.Newest);
        return new RankedMatches(ranked, all.Cardinality, counts, lexicalTop?.TotalHits ?? 0);
    }

    /// <summary>
    /// Items kept out of search have no similarity: they are not hits, and the best of them must not raise the
    /// floor the others are held to.
    /// </summary>
    private static void LeaveOutHidden(IndexSearcher searcher, float[] similarities)
    {
        if (similarities.Length == 0 || searcher.IndexReader.DocFreq(new Lucene.Net.Index.Term(IndexSchema.Hidden, IndexSchema.HiddenValue)) == 0)
        {
            return;
        }

        var hidden = DocSets.Matching(searcher, IndexSchema.HiddenItems());
        for (var doc = hidden.NextSetBit(0); doc >= 0 && doc < similarities.Length; doc = doc + 1 < hidden.Length ? hidden.NextSetBit(doc + 1) : -1)
        {
            similarities[doc] = float.NaN;
        }
    }

    /// <summary>Items a rule hides for this search: no similarity either, for the same reason.</summary>
    private static void LeaveOut(float[] similarities, IEnumerable<int> docs)
    {
        foreach (var doc in docs.Where(d => d >= 0 && d < similarities.Length))
        {
            similarities[doc] = float.NaN;
        }
    }

    /// <summary>The least similarity of a semantic hit: above the floor, and within the margin of the query's best.</summary>
    private static float Floor(float[] similarities, SemanticSettings settings)
    {
        return Math.Max(settings.SimilarityFloor, SemanticSearch.Best(similarities, whenNone: float.NegativeInfinity) - settings.SimilarityMargin);
    }

    private List<(int Doc, float Score)> Rank(SearchMode mode, bool keywordQuery, bool completeLexicalMatch, List<(int Doc, float Similarity)> bySimilarity, TopDocs? lexicalTop)
    {
        var settings = semantic.Settings;
        return (mode, keywordQuery) switch
        {
            (SearchMode.Semantic, _) => bySimilarity.Select(s => (s.Doc, s.Similarity)).ToList(),

            // A keyword query the words match completely: the words decide, meaning adds what they missed.
            (_, true) => KeywordsFirst(lexicalTop!, bySimilarity),
            _ => ReciprocalRankFusion.Fuse(
                    settings.FusionK,
                    (lexicalTop!.ScoreDocs.Select(d => d.Doc).ToList(), completeLexicalMatch ? settings.LexicalWeight : settings.PartialLexicalWeight),
                    (bySimilarity.Select(s => s.Doc).ToList(), settings.SemanticWeight))
                .Select(f => (f.Doc, (float)f.Score))
                .ToList(),
        };
    }

    private static List<(int Doc, float Score)> KeywordsFirst(TopDocs lexicalTop, List<(int Doc, float Similarity)> bySimilarity)
    {
        var matched = lexicalTop.ScoreDocs.Select(d => d.Doc).ToHashSet();
        return lexicalTop.ScoreDocs.Select(d => (d.Doc, d.Score))
            .Concat(bySimilarity.Where(s => !matched.Contains(s.Doc)).Select(s => (s.Doc, 0f)))
            .ToList();
    }

    /// <summary>The whole result set by publication date (undated items last), for the date sorts.</summary>
    private static List<(int Doc, float Score)> ByDate(Lucene.Net.Index.IndexReader reader, FixedBitSet set, bool newestFirst)
    {
        var dated = new List<(int Doc, long Date)>();
        foreach (var leaf in reader.Leaves)
        {
            var dates = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Published);
            var docsWithDate = leaf.AtomicReader.GetDocsWithField(IndexSchema.Published);
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            for (var doc = leaf.DocBase; doc < end; doc++)
            {
                if (set.Get(doc))
                {
                    var local = doc - leaf.DocBase;
                    var hasDate = dates is not null && docsWithDate is not null && docsWithDate.Get(local);
                    dated.Add((doc, hasDate ? dates!.Get(local) : newestFirst ? long.MinValue : long.MaxValue));
                }
            }
        }

        var ordered = newestFirst ? dated.OrderByDescending(d => d.Date) : dated.OrderBy(d => d.Date);
        return ordered.ThenBy(d => d.Doc).Select(d => (d.Doc, 0f)).ToList();
    }
}
