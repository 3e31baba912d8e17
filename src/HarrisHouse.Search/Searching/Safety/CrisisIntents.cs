using System.Reflection;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Emergencies recognised by meaning: the query's embedding compared with sentences that say each crisis
/// intent (wanting to die or to hurt oneself, an overdose now, someone not breathing or not waking, a medical
/// emergency after using, naloxone now, a crisis line), so that "everyone would be better off without me"
/// shows the notice though it names nothing on a list. The sentences ship with the code: the similarity
/// threshold was chosen against them, so they change together.
/// </summary>
internal sealed class CrisisIntents
{
    private readonly SemanticSearch _semantic;
    private readonly LiveIndex _index;
    private readonly Lazy<(float[] Vector, string Language)[]> _intents;

    // The answer depends only on the query and the items served: remembered per view of the index, so that a
    // repeated search or a keystroke in the search box does not compare the query with every item again.
    private readonly Searching.ReaderCache<string, string?> _answers;

    public CrisisIntents(SemanticSearch semantic, LiveIndex index)
    {
        _semantic = semantic;
        _index = index;
        _intents = new Lazy<(float[], string)[]>(Embed);
        _answers = new Searching.ReaderCache<string, string?>(semantic.Settings.QueryCacheSize);
    }

    /// <summary>
    /// The language of the closest intent sentence, when the query is at least <c>CrisisSimilarity</c> similar to
    /// it and closer to it by <c>CrisisLead</c> than to any page of the site. A question about a drug is close to
    /// the intents that name it, but closer still to the page that answers it; a cry for help is not.
    /// </summary>
    public string? Match(string query)
    {
        using var lease = _index.Acquire();
        var reader = lease.Searcher.IndexReader;
        return _answers.GetOrAdd(reader, query, _ =>
        {
            var settings = _semantic.Settings;
            var vector = _semantic.EmbedQuery(query);
            var (similarity, language) = Closest(vector);
            var closestItem = SemanticSearch.Best(VectorIndex.Similarities(reader, vector), whenNone: 0f);
            return similarity >= settings.CrisisSimilarity && similarity - closestItem >= settings.CrisisLead ? language : null;
        });
    }

    /// <summary>How similar the query is to its closest intent sentence, and that sentence's language.</summary>
    private (float Similarity, string Language) Closest(float[] vector)
    {
        var best = (Similarity: float.NegativeInfinity, Language: CrisisLanguage.English);
        foreach (var (intent, language) in _intents.Value)
        {
            var similarity = System.Numerics.Tensors.TensorPrimitives.Dot(vector, intent);
            if (similarity > best.Similarity)
            {
                best = (similarity, language);
            }
        }

        return best;
    }

    /// <summary>
    /// Intent sentences are embedded as queries are (with the model's query instruction), since they stand
    /// for queries: query against query is the comparison the threshold was chosen on.
    /// </summary>
    private (float[] Vector, string Language)[] Embed() =>
        [.. Sentences().Select(s => (_semantic.EmbedQuery(s.Text), s.Language))];

    public static IReadOnlyList<(string Language, string Intent, string Text)> Sentences()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HarrisHouse.Search.Searching.Safety.crisis-intents.txt")
            ?? throw new InvalidOperationException("the crisis intents are not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Select(parts => (parts[0], parts[1], parts[2]))];
    }
}
