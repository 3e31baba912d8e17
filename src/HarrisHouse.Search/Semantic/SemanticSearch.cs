using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Microsoft.Extensions.AI;

namespace HarrisHouse.Search.Semantic;

/// <summary>
/// The semantic side of search: the query embedded by the local model (remembered for repeated queries),
/// compared with every item's vector.
/// </summary>
internal sealed class SemanticSearch(IEmbeddingGenerator<string, Embedding<float>> generator, SemanticSettings settings, ItemEmbedder embedder)
{
    private readonly LruCache<string, float[]> _queries = new(settings.QueryCacheSize);
    private readonly string _queryPrefix = generator.GetService<QueryPrefix>()?.Text ?? "";

    /// <summary>
    /// The last query this thread embedded. One search asks for its words' vector twice on its thread, to rank and
    /// to check for a crisis: remembered here, they are embedded once even when the query cache is off
    /// (<see cref="SemanticSettings.QueryCacheSize"/> 0), and a new query costs one run of the model, not two.
    /// </summary>
    [ThreadStatic]
    private static LastQuery? _lastOnThread;

    public SemanticSettings Settings => settings;

    public IEmbeddingGenerator<string, Embedding<float>> Generator => generator;

    /// <summary>The words the model holds whole, when its generator says (null when it does not).</summary>
    public ModelVocabulary? Vocabulary => generator.GetService<ModelVocabulary>();

    public float[] EmbedQuery(string query)
    {
        var key = QueryKey(query);
        if (_lastOnThread is { } last && ReferenceEquals(last.Owner, this) && last.Key == key)
        {
            return last.Vector;
        }

        if (!_queries.TryGet(key, out var vector))
        {
            vector = ItemEmbedder.Generate(generator, [_queryPrefix + key], CancellationToken.None)[0];
            _queries.Add(key, vector);
        }

        _lastOnThread = new LastQuery(this, key, vector);
        return vector;
    }

    private sealed record LastQuery(SemanticSearch Owner, string Key, float[] Vector);

    /// <summary>
    /// Sentences that stand for queries (the crisis intents), embedded exactly as a query would be. Kept in the
    /// embedding cache on disk, not the queries' cache: hundreds of them would push visitors' queries out, and
    /// embedding them again on every start costs seconds.
    /// </summary>
    public IReadOnlyList<float[]> EmbedLikeQueries(IEnumerable<string> sentences) =>
        embedder.EmbedCached([.. sentences.Select(s => _queryPrefix + QueryKey(s))], progress: null, CancellationToken.None);

    private static string QueryKey(string query) =>
        string.Join(' ', Analysis.TextNormalizer.Normalize(query).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A draft's vector, as its first passage would be embedded once published (never cached: drafts change).</summary>
    public float[] EmbedDraft(string title, string text) =>
        ItemEmbedder.Generate(generator, [EmbeddingText.Lead(title, "", text, settings.MaxWords)], CancellationToken.None)[0];

    /// <summary>Every document's similarity to the query, by its text or its search phrases (NaN where it has none).</summary>
    public float[] Similarities(IndexReader reader, string query) => VectorIndex.SearchSimilarities(reader, EmbedQuery(query));

    /// <summary>The highest similarity of any document (those without a vector are NaN), or <paramref name="whenNone"/>.</summary>
    public static float Best(float[] similarities, float whenNone) =>
        similarities.Where(s => !float.IsNaN(s)).DefaultIfEmpty(whenNone).Max();

    /// <summary>Documents at or above the similarity floor, most similar first (ties by document order).</summary>
    public static IEnumerable<(int Doc, float Similarity)> AboveFloor(float[] similarities, float floor) =>
        similarities.Select((similarity, doc) => (doc, similarity))
            .Where(s => s.similarity >= floor)
            .OrderByDescending(s => s.similarity)
            .ThenBy(s => s.doc);
}
