using System.Globalization;
using System.Numerics.Tensors;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// How likely a search is an emergency, by a logistic regression over its embedding, its closeness to the nearest
/// crisis intent sentence and counterexample, and its words (<see cref="CrisisWords"/>). A few fixed bars of
/// similarity ask one number to say everything; the regression weighs every direction of the embedding, so it learns
/// which of them mark a cry for help and which a question near one. Trained on the tune half of the labelled searches only (<c>dotnet $E crisis-train</c>, which
/// writes <c>crisis-classifier.txt</c> beside this file, its threshold chosen by cross-validation on that half); the
/// weights belong to one embedding model (one file each: MiniLM's and ArcticXs's ship), and a model without any keeps the bars.
/// </summary>
/// <param name="Model">The embedding model whose vectors the weights read.</param>
/// <param name="Threshold">The likelihood at or above which a search shows the notice, as chosen with the weights.</param>
/// <param name="WordWeights">One weight per bucket of <see cref="CrisisWords"/>; empty: the words are not read.</param>
/// <param name="WordScale">The length of a search's words as features, beside an embedding of length one.</param>
internal sealed record CrisisClassifier(string Model, float[] Weights, float IntentWeight, float CounterexampleWeight, float Bias, float Threshold, float[] WordWeights, float WordScale)
{
    public const string FileName = "crisis-classifier.txt";

    /// <summary>The probability, 0 to 1, that <paramref name="query"/>, with this embedding and closeness, is an emergency.</summary>
    public float Likelihood(string query, ReadOnlySpan<float> vector, float intent, float counterexample)
    {
        var logit = TensorPrimitives.Dot(vector, Weights) + (IntentWeight * intent) + (CounterexampleWeight * counterexample) + Bias;
        var (buckets, value) = CrisisWords.Of(query, WordWeights.Length, WordScale);
        foreach (var bucket in buckets)
        {
            logit += value * WordWeights[bucket];
        }

        return 1f / (1f + MathF.Exp(-logit));
    }

    /// <summary>The shipped weights trained for <paramref name="model"/> (one file per model), if any; otherwise null.</summary>
    public static CrisisClassifier? For(string model, int dimensions)
    {
        foreach (var file in SafetyResources.FilesStartingWith(Path.GetFileNameWithoutExtension(FileName)))
        {
            using var reader = SafetyResources.Open(file);
            var shipped = Read(reader);
            if (string.Equals(shipped.Model, model, StringComparison.OrdinalIgnoreCase) && shipped.Weights.Length == dimensions)
            {
                return shipped;
            }
        }

        return null;
    }

    /// <summary>The file for a model: <see cref="FileName"/> for the service's default one, a suffixed name for another.</summary>
    public static string FileNameFor(string model, string defaultModel) =>
        string.Equals(model, defaultModel, StringComparison.OrdinalIgnoreCase)
            ? FileName
            : $"{Path.GetFileNameWithoutExtension(FileName)}-{model.ToLowerInvariant()}{Path.GetExtension(FileName)}";

    /// <summary>
    /// Reads the format <see cref="Write"/> writes: '#' comments, then one "name value…" line per part. The words'
    /// parts may be absent (weights trained before the words were read): then only the embedding and closeness count.
    /// </summary>
    public static CrisisClassifier Read(TextReader reader)
    {
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                parts[fields[0]] = fields[1..];
            }
        }

        string[] Part(string name) => parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{FileName}: the line '{name}' is missing");
        float Number(string name) => float.Parse(Part(name)[0], CultureInfo.InvariantCulture);
        return new CrisisClassifier(
            Part("model")[0],
            [.. Part("weights").Select(w => float.Parse(w, CultureInfo.InvariantCulture))],
            Number("intent"),
            Number("counterexample"),
            Number("bias"),
            Number("threshold"),
            parts.TryGetValue("words", out var words) ? [.. words.Select(w => float.Parse(w, CultureInfo.InvariantCulture))] : [],
            parts.ContainsKey("wordscale") ? Number("wordscale") : 0f);
    }

    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        foreach (var comment in comments)
        {
            writer.WriteLine("# " + comment);
        }

        writer.WriteLine("model " + Model);
        writer.WriteLine("threshold " + Format(Threshold));
        writer.WriteLine("bias " + Format(Bias));
        writer.WriteLine("intent " + Format(IntentWeight));
        writer.WriteLine("counterexample " + Format(CounterexampleWeight));
        writer.WriteLine("weights " + string.Join(' ', Weights.Select(Format)));
        if (WordWeights.Length > 0)
        {
            writer.WriteLine("wordscale " + Format(WordScale));
            writer.WriteLine("words " + string.Join(' ', WordWeights.Select(Format)));
        }
    }

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
