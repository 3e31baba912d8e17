using System.Numerics.Tensors;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Emergencies recognised by meaning: the query's embedding compared with sentences that say each crisis intent
/// (wanting to die or to hurt oneself, an overdose now, someone not breathing or not waking, a medical emergency
/// after using, naloxone now, a crisis line) and with counterexamples, ordinary searches worded near them, so that
/// "everyone would be better off without me" shows the notice though it names nothing on a list, and "overdose
/// deaths in missouri" does not though it is close to "overdose". The sentences ship with the code: the thresholds
/// were chosen against them, so they change together.
/// </summary>
internal sealed class CrisisIntents
{
    private readonly SemanticSearch _semantic;
    private readonly LiveIndex _index;
    private readonly Lazy<Examples> _examples;
    private readonly Lazy<CrisisClassifier?> _classifier;

    // The closeness depends only on the query and the items served: remembered per view of the index, so that a
    // repeated search or a keystroke in the search box does not compare the query with every item again.
    private readonly ReaderCache<string, CrisisCloseness> _answers;

    public CrisisIntents(SemanticSearch semantic, LiveIndex index)
    {
        _semantic = semantic;
        _index = index;
        _examples = new Lazy<Examples>(Embed);
        _classifier = new Lazy<CrisisClassifier?>(() => semantic.Settings.CrisisClassifier
            ? CrisisClassifier.For(semantic.Settings.Model, _examples.Value.Intents[0].Vector.Length)
            : null);
        _answers = new ReaderCache<string, CrisisCloseness>(semantic.Settings.QueryCacheSize);
    }

    /// <summary>The service's thresholds, from its settings.</summary>
    public CrisisThresholds Thresholds => new(
        _semantic.Settings.CrisisSimilarity,
        _semantic.Settings.CrisisLead,
        _semantic.Settings.CrisisVeto,
        _semantic.Settings.CrisisClearSimilarity,
        _semantic.Settings.CrisisClearLead,
        _semantic.Settings.CrisisLongWords,
        _semantic.Settings.CrisisLongSimilarity,
        _semantic.Settings.CrisisLongLead,
        _semantic.Settings.CrisisLikelihood ?? _classifier.Value?.Threshold);

    public CrisisCloseness Measure(string query)
    {
        using var lease = _index.Acquire();
        var reader = lease.Searcher.IndexReader;
        return _answers.GetOrAdd(reader, query, _ =>
        {
            var vector = _semantic.EmbedQuery(query);
            var examples = _examples.Value;
            var (intent, language) = Closest(vector, examples.Intents);
            var (counterexample, _) = Closest(vector, examples.Counterexamples);
            var page = SemanticSearch.Best(VectorIndex.Similarities(reader, vector), whenNone: 0f);
            var likelihood = _classifier.Value?.Likelihood(query, vector, intent, counterexample);
            return new CrisisCloseness(intent, language, counterexample, page, likelihood);
        });
    }

    /// <summary>
    /// Embeds the sentences and loads the classifier now rather than on the first search that needs them (a second or
    /// two with the model); the sentences are embedded even with the classifier off, since the bars read them too.
    /// </summary>
    public void Prepare()
    {
        _ = _examples.Value;
        _ = _classifier.Value;
    }

    private static (float Similarity, string Language) Closest(float[] vector, (float[] Vector, string Language)[] sentences)
    {
        var best = (Similarity: float.NegativeInfinity, Language: QueryLanguage.English);
        foreach (var (sentence, language) in sentences)
        {
            var similarity = TensorPrimitives.Dot(vector, sentence);
            if (similarity > best.Similarity)
            {
                best = (similarity, language);
            }
        }

        return best;
    }

    private sealed record Examples((float[] Vector, string Language)[] Intents, (float[] Vector, string Language)[] Counterexamples);

    /// <summary>
    /// Sentences are embedded as queries are (with the model's query instruction), since they stand for queries:
    /// query against query is the comparison the thresholds were chosen on.
    /// </summary>
    private Examples Embed() => new(EmbedAll(Sentences()), EmbedAll(Counterexamples()));

    private (float[] Vector, string Language)[] EmbedAll(IReadOnlyList<(string Language, string Label, string Text)> sentences) =>
        [.. _semantic.EmbedLikeQueries(sentences.Select(s => s.Text)).Zip(sentences, (vector, s) => (vector, s.Language))];

    /// <summary>The intent sentences: language, intent and text.</summary>
    public static IReadOnlyList<(string Language, string Intent, string Text)> Sentences() => Read("crisis-intents.txt");

    /// <summary>The counterexamples: language, topic and text.</summary>
    public static IReadOnlyList<(string Language, string Topic, string Text)> Counterexamples() => Read("crisis-counterexamples.txt");

    /// <summary>The text of every intent sentence and counterexample.</summary>
    public static IEnumerable<string> Texts => Sentences().Concat(Counterexamples()).Select(s => s.Text);

    private static IReadOnlyList<(string, string, string)> Read(string file) =>
        [.. SafetyResources.Lines(file).Select(line => line.Split('\t')).Select(parts => (parts[0], parts[1], parts[2]))];
}
