using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Related;

/// <summary>
/// Ranks what a reader of one item should see next: MoreLikeThis over title, summary, body and categories
/// (each field with its own weight), blended with shared categories and tags and a mild preference for
/// recent posts, then arranged into a mix that suits the kind of page the reader is on.
/// </summary>
internal sealed class RelatedComputer(RelatedSettings settings, Analyzer analyzer)
{
    public RelatedSettings Settings => settings;

    /// <summary>The related list of an indexed item, <see cref="RelatedSettings.StoredCount"/> long at most.</summary>
    public IReadOnlyList<RelatedItem> ForDocument(IndexSearcher searcher, int docId, DateOnly referenceDate, CandidateCatalog? catalog = null)
    {
        var item = IndexSchema.LoadItem(searcher.IndexReader, docId, withText: true);
        var source = new RelatedSource(item.Url, item.Title, item.Type, item.Categories, item.Tags, WordCount(item.Body) + WordCount(item.Summary));
        var fields = new[]
        {
            (IndexSchema.Title, settings.TitleBoost),
            (IndexSchema.Lead, settings.SummaryBoost),
            (IndexSchema.Body, settings.BodyBoost),
            (IndexSchema.Labels, settings.CategoriesBoost),
        };
        // The text is at hand already: handing it to MoreLikeThis spares it loading the document once per field.
        var texts = new Dictionary<string, string>
        {
            [IndexSchema.Title] = item.Title,
            [IndexSchema.Lead] = item.Summary,
            [IndexSchema.Body] = item.Body,
            [IndexSchema.Labels] = string.Join(", ", item.Categories),
        };
        var textQuery = TextQuery(searcher.IndexReader, fields, settings.MinTermFrequency, (mlt, field) => mlt.Like(new StringReader(texts[field]), field));
        var vector = Storage.VectorIndex.LeadVector(searcher.IndexReader, docId);
        return Rank(searcher, source, textQuery, vector, referenceDate, catalog ?? new CandidateCatalog(searcher.IndexReader));
    }

    /// <summary>
    /// The related list of a draft that is not indexed: its text is compared with the index, and its
    /// <paramref name="vector"/> (when the index has vectors) with theirs.
    /// </summary>
    public IReadOnlyList<RelatedItem> ForDraft(IndexSearcher searcher, string title, string text, float[]? vector, DateOnly referenceDate)
    {
        var fields = new[] { (IndexSchema.Title, settings.TitleBoost), (IndexSchema.Body, settings.BodyBoost) };
        var textQuery = TextQuery(
            searcher.IndexReader,
            fields,
            minBodyTermFrequency: 1,
            (mlt, field) => mlt.Like(new StringReader(field == IndexSchema.Title ? title : title + "\n" + text), field));
        var source = new RelatedSource(null, title, null, [], [], WordCount(text));
        return Rank(searcher, source, textQuery, vector, referenceDate, new CandidateCatalog(searcher.IndexReader));
    }

    /// <summary>One MoreLikeThis query per field, each with its own boost, so the fields can be weighted.</summary>
    private BooleanQuery TextQuery(IndexReader reader, IEnumerable<(string Field, float Boost)> fields, int minBodyTermFrequency, Func<MoreLikeThis, string, Query> like)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in fields)
        {
            var mlt = CreateMoreLikeThis(reader, field);
            if (field == IndexSchema.Body)
            {
                mlt.MinTermFreq = minBodyTermFrequency;
            }

            var fieldQuery = like(mlt, field);
            if (fieldQuery is BooleanQuery { Clauses.Count: 0 })
            {
                continue;
            }

            fieldQuery.Boost = boost;
            query.Add(fieldQuery, Occur.SHOULD);
        }

        return query;
    }

    private MoreLikeThis CreateMoreLikeThis(IndexReader reader, string field)
    {
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [field],
            MinTermFreq = 1,
            MinDocFreq = settings.MinDocumentFrequency,
            MaxQueryTerms = settings.MaxQueryTerms,
            MinWordLen = settings.MinWordLength,
            ApplyBoost = true,
        };
        mlt.SetMaxDocFreqPct(settings.MaxDocumentFrequencyPercent);
        return mlt;
    }

    private IReadOnlyList<RelatedItem> Rank(IndexSearcher searcher, RelatedSource source, BooleanQuery textQuery, float[]? vector, DateOnly referenceDate, CandidateCatalog catalog)
    {
        var reader = searcher.IndexReader;
        var candidates = new Dictionary<int, RelatedCandidate>();
        var textHits = textQuery.Clauses.Count == 0
            ? []
            : searcher.Search(textQuery, settings.CandidatePool + 1).ScoreDocs.Where(h => Add(h.Doc).Url != source.Url).ToList();

        // Normalised by the best other item, not by the item itself (which always matches its own text best).
        var maxText = textHits.Count == 0 ? 1.0 : textHits.Max(h => (double)h.Score);
        foreach (var hit in textHits)
        {
            Add(hit.Doc).TextScore = hit.Score / maxText;
        }

        var labelQuery = LabelQuery(source);
        if (labelQuery.Clauses.Count > 0)
        {
            foreach (var hit in searcher.Search(labelQuery, settings.CandidatePool).ScoreDocs)
            {
                Add(hit.Doc);
            }
        }

        if (vector is not null)
        {
            ScoreMeaning(reader, vector, source, candidates, Add);
        }

        var rarity = new LabelRarity(reader);
        var sourceSubject = Stems(source.Title + " " + string.Join(" ", source.Tags));

        // Items with little text of their own lean on their labels rather than on a thin text profile.
        var textWeight = settings.TextWeight * Math.Min(1.0, source.WordCount / (double)settings.LittleTextWords);
        var sourceTitle = NormalizeTitle(source.Title);
        var ranked = candidates.Values
            .Where(c => c.Url != source.Url && !c.Info.IsListing && NormalizeTitle(c.Info.Title) != sourceTitle)
            .Select(c => Score(c, source, textWeight, referenceDate, rarity, sourceSubject))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Url, StringComparer.Ordinal)
            .DistinctBy(c => NormalizeTitle(c.Info.Title))
            .ToList();
        return RelatedMix.Arrange(source.Type, ranked, settings).Select(c => c.ToItem()).ToList();

        RelatedCandidate Add(int docId)
        {
            if (!candidates.TryGetValue(docId, out var candidate))
            {
                candidate = new RelatedCandidate(catalog.Get(docId));
                candidates[docId] = candidate;
            }

            return candidate;
        }
    }

    /// <summary>
    /// Closeness in meaning: the nearest items join the candidates (on sites small enough for an exact scan),
    /// and every candidate gets its similarity relative to the closest other item.
    /// </summary>
    private void ScoreMeaning(IndexReader reader, float[] vector, RelatedSource source, Dictionary<int, RelatedCandidate> candidates, Func<int, RelatedCandidate> add)
    {
        if (reader.MaxDoc <= settings.MeaningNeighbourScanLimit)
        {
            var nearest = Storage.VectorIndex.Similarities(reader, vector)
                .Select((similarity, doc) => (similarity, doc))
                .Where(s => !float.IsNaN(s.similarity))
                .OrderByDescending(s => s.similarity)
                .Take(settings.CandidatePool + 1);
            foreach (var (_, doc) in nearest)
            {
                add(doc);
            }
        }

        var similarities = candidates
            .Where(c => c.Value.Url != source.Url)
            .Select(c => (Candidate: c.Value, Similarity: Storage.VectorIndex.Similarity(reader, c.Key, vector)))
            .Where(c => !float.IsNaN(c.Similarity))
            .ToList();
        var closest = similarities.Count == 0 ? 0 : similarities.Max(c => c.Similarity);
        foreach (var (candidate, similarity) in similarities)
        {
            candidate.MeaningScore = closest <= 0 ? 0 : Math.Max(0, similarity) / closest;
        }
    }

    private static BooleanQuery LabelQuery(RelatedSource source)
    {
        var query = new BooleanQuery();
        foreach (var category in source.Categories)
        {
            query.Add(new TermQuery(new Term(IndexSchema.Category, category)), Occur.SHOULD);
        }

        foreach (var tag in source.Tags)
        {
            query.Add(new TermQuery(new Term(IndexSchema.Tag, tag.ToLowerInvariant())), Occur.SHOULD);
        }

        return query;
    }

    private RelatedCandidate Score(RelatedCandidate candidate, RelatedSource source, double textWeight, DateOnly referenceDate, LabelRarity rarity, HashSet<string> sourceSubject)
    {
        var subject = candidate.IsTopicPage ? Stems(candidate.Info.Title).Where(t => !GenericSubjectWords.Contains(t) && sourceSubject.Contains(t)).FirstOrDefault() : null;
        var sharedCategories = Shared(source.Categories, candidate.Info.Categories);
        var sharedTags = Shared(source.Tags, candidate.Info.Tags);
        var categoryOverlap = rarity.Overlap(IndexSchema.Category, sharedCategories, source.Categories, candidate.Info.Categories);
        var tagOverlap = rarity.Overlap(IndexSchema.Tag, sharedTags, source.Tags, candidate.Info.Tags);
        var recency = candidate.Info.Published is { } published
            ? Math.Pow(0.5, Math.Max(0, referenceDate.DayNumber - published.DayNumber) / 365.25 / settings.RecencyHalfLifeYears)
            : 0;
        candidate.Score = (textWeight * candidate.TextScore)
            + (settings.CategoryWeight * categoryOverlap)
            + (settings.TagWeight * tagOverlap)
            + (settings.MeaningWeight * candidate.MeaningScore)
            + (settings.RecencyWeight * recency)
            + (subject is null ? 0 : settings.SubjectWeight);
        candidate.Reason = RelatedReasons.Explain(candidate, subject, sharedCategories, sharedTags);
        return candidate;
    }

    /// <summary>Words of topic-page titles that name no subject of their own.</summary>
    private static readonly HashSet<string> GenericSubjectWords = ["addiction", "treatment", "program", "abuse", "use", "drug"];

    private HashSet<string> Stems(string text) =>
        Analysis.SiteAnalyzers.Analyze(analyzer, IndexSchema.Body, text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    private static List<string> Shared(IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
        mine.Where(m => theirs.Contains(m, StringComparer.OrdinalIgnoreCase)).ToList();

    private static string NormalizeTitle(string title) => string.Join(' ', title.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
