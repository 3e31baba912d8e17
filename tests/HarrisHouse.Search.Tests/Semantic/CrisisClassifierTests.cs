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
        var classifier = new CrisisClassifier("MiniLM", [0.5f, -1f, 2f], IntentWeight: 3f, CounterexampleWeight: -4f, Bias: -1f, Threshold: 0.42f);
        var writer = new StringWriter();
        classifier.Write(writer, ["a comment"]);
        var read = CrisisClassifier.Read(new StringReader(writer.ToString()));

        float[] vector = [0.2f, 0.1f, 0.3f];
        var logit = (0.5f * 0.2f) - 0.1f + (2f * 0.3f) + (3f * 0.6f) - (4f * 0.5f) - 1f;
        Assert.Equal(1f / (1f + MathF.Exp(-logit)), read.Likelihood(vector, intent: 0.6f, counterexample: 0.5f), precision: 6);
        Assert.Equal(classifier.Likelihood(vector, 0.6f, 0.5f), read.Likelihood(vector, 0.6f, 0.5f));
        Assert.Equal(0.42f, read.Threshold);
        Assert.Equal("MiniLM", read.Model);
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
