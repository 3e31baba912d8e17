using HarrisHouse.Search.Searching.Safety;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>The emergency notice's classifier: its weights as shipped, and how it takes over from the bars of similarity.</summary>
public sealed class CrisisClassifierTests
{
    private static IEnumerable<string> ShippedFiles =>
        Directory.EnumerateFiles(RepositoryPaths.CrisisDetectorSources, "crisis-classifier*.txt");

    [Fact]
    public void Every_shipped_set_of_weights_was_trained_on_the_tune_half_and_sentences_as_they_stand_now()
    {
        // Retrain (dotnet $E crisis-train [--model ArcticXs], load-tests/README.md) after changing a labelled set, an intent sentence or a counterexample.
        Assert.Equal(2, ShippedFiles.Count());
        Assert.All(ShippedFiles, file => Assert.Contains("Trained on tune fingerprint " + CrisisJudgments.TuneFingerprint(), File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public void Each_model_gets_its_own_weights_and_a_model_or_size_without_any_gets_none()
    {
        Assert.Equal("MiniLM", CrisisClassifier.For("MiniLM", 384)?.Model);
        Assert.Equal("MiniLM", CrisisClassifier.For("minilm", 384)?.Model);
        Assert.Equal("ArcticXs", CrisisClassifier.For("ArcticXs", 384)?.Model);
        Assert.Null(CrisisClassifier.For("OtherModel", 384));
        Assert.Null(CrisisClassifier.For("MiniLM", 768));
        Assert.Equal("crisis-classifier.txt", CrisisClassifier.FileNameFor("MiniLM", defaultModel: "MiniLM"));
        Assert.Equal("crisis-classifier-arcticxs.txt", CrisisClassifier.FileNameFor("ArcticXs", defaultModel: "MiniLM"));
    }

    [Fact]
    public void Weights_written_and_read_back_give_the_same_likelihood_a_logistic_function_of_the_features()
    {
        var classifier = new CrisisClassifier("MiniLM", [0.5f, -1f, 2f], IntentWeight: 3f, CounterexampleWeight: -4f, Bias: -1f, Threshold: 0.42f, WordWeights: [], WordScale: 0f);
        var read = CrisisClassifier.Read(new StringReader(Write(classifier, "a comment")));

        float[] vector = [0.2f, 0.1f, 0.3f];
        var logit = (0.5f * 0.2f) - 0.1f + (2f * 0.3f) + (3f * 0.6f) - (4f * 0.5f) - 1f;
        Assert.Equal(1f / (1f + MathF.Exp(-logit)), read.Likelihood("any words", vector, intent: 0.6f, counterexample: 0.5f), precision: 6);
        Assert.Equal(classifier.Likelihood("any words", vector, 0.6f, 0.5f), read.Likelihood("any words", vector, 0.6f, 0.5f));
        Assert.Equal(0.42f, read.Threshold);
        Assert.Equal("MiniLM", read.Model);
        Assert.Empty(read.WordWeights);
    }

    [Fact]
    public void Each_word_and_pair_of_a_search_adds_its_buckets_weight_once_scaled_to_unit_length()
    {
        const int buckets = 64;
        var (found, value) = CrisisWords.Of("Staring at the GUN", buckets, scale: 2f);

        // "staring at the gun": four words and three pairs, seven features of 2 / √7 (the case is not read).
        Assert.Equal(2f / MathF.Sqrt(7), value, precision: 6);
        Assert.InRange(found.Length, 1, 7);
        Assert.Equal(found.Length, found.Distinct().Count());
        Assert.Equal(CrisisWords.Of("staring at the gun", buckets, 2f).Buckets.Order(), found.Order());
        Assert.NotEqual(CrisisWords.Of("staring at the sea", buckets, 2f).Buckets.Order(), found.Order());

        var words = new float[buckets];
        foreach (var bucket in found)
        {
            words[bucket] = 0.75f;
        }

        var classifier = new CrisisClassifier("MiniLM", [0f], 0f, 0f, Bias: -1f, Threshold: 0.5f, words, WordScale: 2f);
        var read = CrisisClassifier.Read(new StringReader(Write(classifier)));
        var logit = -1f + (found.Length * value * 0.75f);
        Assert.Equal(1f / (1f + MathF.Exp(-logit)), read.Likelihood("staring at the gun", [0f], 0f, 0f), precision: 6);
        Assert.Equal(1f / (1f + MathF.Exp(1f)), read.Likelihood("", [0f], 0f, 0f), precision: 6);
    }

    private static string Write(CrisisClassifier classifier, params string[] comments)
    {
        var writer = new StringWriter();
        classifier.Write(writer, comments);
        return writer.ToString();
    }

    [Fact]
    public void Weights_with_a_part_missing_are_refused_naming_the_part()
    {
        var error = Assert.Throws<FormatException>(() => CrisisClassifier.Read(new StringReader("model MiniLM\nthreshold 0.5\nbias 0\nintent 1\nweights 1 2\n")));
        Assert.Contains("counterexample", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_likelihood_decides_in_place_of_the_bars_and_without_one_the_bars_decide()
    {
        var thresholds = new CrisisThresholds(Similarity: 0.6f, Lead: 0f, Veto: 0.1f, Likelihood: 0.5f);
        var closeToAnIntent = new CrisisCloseness(0.7f, "en", Counterexample: 0.3f, Page: 0.2f);
        var farFromEveryIntent = new CrisisCloseness(0.3f, "en", Counterexample: 0.3f, Page: 0.2f);

        Assert.False((closeToAnIntent with { Likelihood = 0.49f }).Signals(thresholds, words: 5));
        Assert.True((farFromEveryIntent with { Likelihood = 0.5f }).Signals(thresholds, words: 5));
        Assert.True(closeToAnIntent.Signals(thresholds, words: 5));
        Assert.False(farFromEveryIntent.Signals(thresholds, words: 5));
        Assert.True((closeToAnIntent with { Likelihood = 0.1f }).Signals(thresholds with { Likelihood = null }, words: 5));
    }
}
