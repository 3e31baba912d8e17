using System.ComponentModel;
using System.Globalization;
using System.Text;
using HarrisHouse.Search.Searching.Safety;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

[Description("Train the emergency notice's classifier on the tune half only, choose its bar by cross-validation there, and write crisis-classifier.txt.")]
public sealed class CrisisTrainCommand(IAnsiConsole console) : Command<CrisisTrainCommand.Settings>
{
    public sealed class Settings : ModelSettings
    {
        [CommandOption("--inverse-penalty <C>")]
        [Description("Inverse strength of the L2 penalty (default: of 1, 3, 10 and 30, the one whose bar reaches the highest cross-validated recall on tune).")]
        public double? C { get; init; }

        [CommandOption("--folds <N>")]
        public int Folds { get; init; } = 5;

        [CommandOption("--max-site-alarms <SHARE>")]
        [Description("The bar is the one with the highest cross-validated recall whose false alarms on the tune half's site queries (those the bar decides, by --bound) stay within this share (default 0.015: the target 2 % with a margin)...")]
        public double MaxSiteAlarms { get; init; } = 0.015;

        [CommandOption("--max-ordinary-alarms <SHARE>")]
        [Description("...and on its ordinary labelled searches within this one (default 0.045).")]
        public double MaxOrdinaryAlarms { get; init; } = 0.045;

        [CommandOption("--bound <WHICH>")]
        [Description("Which false alarms the two limits count: 'movable' (the default since stop 57), those the bar decides, or 'all', the staff's list's too. A listed phrase's alarms stand at every bar, so counting them raised the bar and spent recall on alarms no bar removes: on a fresh blind set scored before it joined (crisis-queries-17.tsv), 'movable' caught 96.5 % of its emergencies and 'all' 93.0 %, with the same notices on fresh site searches.")]
        public string Bound { get; init; } = "movable";

        [CommandOption("--word-buckets <N>")]
        [Description("Buckets the search's words and word pairs are hashed into, as features beside the embedding (default 1024; 0: the words are not read).")]
        public int WordBuckets { get; init; } = 1024;

        [CommandOption("--word-scale <X>")]
        [Description("The length of a search's word features beside its embedding's (default 1; chosen on tune from 0.3, 1 and 3 by cross-validated recall, stop 42).")]
        public float WordScale { get; init; } = 1f;

        [CommandOption("--fold-together <SIMILARITY>")]
        [Description("Searches at least this similar in meaning (cosine of their embeddings) fall in one fold, with every search linked to them: a paraphrase in another fold would score its twin as if unseen (default 0.9; 1 or more: folds by each search alone, as before stop 53).")]
        public float FoldTogether { get; init; } = 0.9f;

        [CommandOption("--verbose")]
        [Description("Also list the tune searches the chosen weights get wrong when cross-validated (missed emergencies, false alarms): the tune half only, to choose what to change.")]
        public bool Verbose { get; init; }

        [CommandOption("--out <PATH>")]
        [Description("Where to write the weights (default: beside the detector's source, to be embedded by the next build; crisis-classifier.txt for the default model, crisis-classifier-<model>.txt for another).")]
        public string? Out { get; init; }

        /// <summary>The file the weights go to.</summary>
        public string OutFor(string model) => Out ?? Path.Combine(RepositoryPaths.CrisisDetectorSources, CrisisClassifier.FileNameFor(model, new Semantic.SemanticSettings().Model));

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } invalid ? invalid
            : C is <= 0 ? ValidationResult.Error("--inverse-penalty must be above 0")
            : Folds < 2 ? ValidationResult.Error("--folds must be at least 2")
            : WordBuckets is < 0 or > 65_536 ? ValidationResult.Error("--word-buckets must be between 0 and 65536")
            : WordScale <= 0 ? ValidationResult.Error("--word-scale must be above 0")
            : Bound is not ("movable" or "all") ? ValidationResult.Error("--bound must be 'movable' or 'all'")
            : FoldTogether is <= 0 or float.NaN ? ValidationResult.Error("--fold-together must be above 0")
            : ValidationResult.Success();
    }

    /// <summary>One tune search: its features, its label, the kind of search it is, and what the staff's list says of it.</summary>
    private sealed record Row(string Query, double[] Features, bool Crisis, string Kind, bool ByList, int Words, int Fold);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (directory, engine) = SemanticSite.BuildAndOpen(options =>
        {
            options.Semantic = settings.WithModel(options.Semantic) with { QueryCacheSize = 100_000 };
            return options;
        });
        using (directory)
        using (engine)
        {
            var rows = TuneRows(engine, settings);
            var groups = NearDuplicates.Groups([.. rows.Select(r => r.Features)], rows[0].Features.Length - 2 - settings.WordBuckets, settings.FoldTogether);
            rows = [.. rows.Select((r, i) => r with { Fold = JudgedQuery.BucketOf("crisis-fold", rows[groups[i]].Query, settings.Folds) })];
            console.WriteLine($"Model {engine.Options.Semantic.Model}; {rows.Count} tune searches ({rows.Count(r => r.Crisis)} emergencies by label or policy) in {groups.Distinct().Count()} groups of near-duplicates (similarity ≥ {settings.FoldTogether.ToString(CultureInfo.InvariantCulture)}), {settings.Folds}-fold cross-validation by group");
            var (c, bar, figures) = Choose(rows, settings);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen C {c}, bar {bar:0.00} (tune, cross-validated: each search scored by weights trained without it)"));
            if (settings.Verbose)
            {
                ListMistakes(rows, CrossValidated(rows, c, settings.Folds), bar);
            }

            var weights = LogisticRegression.Fit([.. rows.Select(r => r.Features)], [.. rows.Select(r => r.Crisis)], c);
            var dimensions = rows[0].Features.Length - 2 - settings.WordBuckets;
            var classifier = new CrisisClassifier(
                engine.Options.Semantic.Model,
                [.. weights.Take(dimensions).Select(w => (float)w)],
                (float)weights[dimensions],
                (float)weights[dimensions + 1],
                (float)weights[^1],
                (float)bar,
                [.. weights.Skip(dimensions + 2).Take(settings.WordBuckets).Select(w => (float)w)],
                settings.WordScale);
            Save(classifier, settings, string.Create(CultureInfo.InvariantCulture, $"({rows.Count} searches, C {c}); C and the bar by {settings.Folds}-fold cross-validation on that half, near-duplicates in one fold:"), Describe(figures) + ".");
            console.WriteLine($"wrote {settings.OutFor(engine.Options.Semantic.Model)}; rebuild, then `dotnet $E site` scores the test half");
            return 0;
        }
    }

    /// <summary>For each candidate C, the bar by <see cref="ChooseBar"/>; then the C whose bar reaches the highest recall (of equals, the first).</summary>
    private (double C, double Bar, Figures Figures) Choose(List<Row> rows, Settings settings)
    {
        var candidates = settings.C is { } given ? [given] : new[] { 1.0, 3, 10, 30 };
        return candidates
            .Select(candidate =>
            {
                var heldOut = CrossValidated(rows, candidate, settings.Folds);
                var bar = ChooseBar(rows, heldOut, settings);
                var figures = Score(rows, heldOut, bar);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C {candidate}, bar {bar:0.00}: {Describe(figures)}"));
                return (C: candidate, Bar: bar, Figures: figures);
            })
            .ToList()
            .MaxBy(r => r.Figures.Recall);
    }

    private static void Save(CrisisClassifier classifier, Settings settings, string trainedOn, string figures)
    {
        using var writer = new StreamWriter(settings.OutFor(classifier.Model), append: false, new UTF8Encoding(false));
        classifier.Write(writer,
        [
            "The emergency notice's classifier: logistic regression over a search's embedding, its closeness to the nearest",
            "crisis intent sentence and counterexample, and its words and word pairs hashed into buckets. Written by `dotnet $E crisis-train` from the tune half of the labelled",
            "searches and judged site queries only " + trainedOn,
            figures,
            "Do not edit by hand: retrain after the labelled sets, the intent sentences or the counterexamples change.",
            "Trained on tune fingerprint " + CrisisJudgments.TuneFingerprint(),
        ]);
    }

    private static List<Row> TuneRows(SearchEngine engine, Settings settings)
    {
        var neverByMeaning = engine.Crisis.Thresholds!.Value with { Similarity = 2, ClearSimilarity = null, LongWords = null, Likelihood = 2 };
        return [.. CrisisJudgments.TuneTrainingSet().Select(s =>
        {
            var closeness = engine.Crisis.Closeness(s.Query)!.Value;
            double[] features = [.. engine.Semantic!.EmbedQuery(s.Query).Select(v => (double)v), closeness.Intent, closeness.Counterexample, .. WordFeatures(s.Query, settings)];
            var words = CrisisPhrases.Words(s.Query).Length;
            return new Row(s.Query, features, s.Crisis, s.Kind, engine.Crisis.Detect(s.Query, neverByMeaning).Signals, words, Fold: -1);
        })];
    }

    /// <summary>The search's words as the classifier reads them (<see cref="CrisisWords"/>): one number per bucket.</summary>
    private static double[] WordFeatures(string query, Settings settings)
    {
        var features = new double[settings.WordBuckets];
        var (buckets, value) = CrisisWords.Of(query, settings.WordBuckets, settings.WordScale);
        foreach (var bucket in buckets)
        {
            features[bucket] = value;
        }

        return features;
    }

    /// <summary>Each search's likelihood from weights trained on the other folds.</summary>
    private static double[] CrossValidated(List<Row> rows, double c, int folds)
    {
        var likelihoods = new double[rows.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = rows.Where(r => r.Fold != fold).ToList();
            var weights = LogisticRegression.Fit([.. training.Select(r => r.Features)], [.. training.Select(r => r.Crisis)], c);
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Fold == fold)
                {
                    likelihoods[i] = LogisticRegression.Probability(weights, rows[i].Features);
                }
            }
        }

        return likelihoods;
    }

    /// <summary>
    /// The bar with the highest recall whose false alarms stay within the limits; of equals, the highest bar. With
    /// <c>--bound movable</c> the limits count only the alarms the bar decides, not those of the staff's list.
    /// </summary>
    private static double ChooseBar(List<Row> rows, double[] likelihoods, Settings settings)
    {
        var bars = Enumerable.Range(30, 69).Select(b => b / 100.0).Reverse();
        var allowed = bars.Select(bar => (Bar: bar, Score: Score(rows, likelihoods, bar, listAlarmsCount: settings.Bound == "all")))
            .Where(s => s.Score.Site <= settings.MaxSiteAlarms && s.Score.Ordinary <= settings.MaxOrdinaryAlarms)
            .ToList();
        return allowed.Count == 0 ? 0.99 : allowed.MaxBy(s => s.Score.Recall).Bar;
    }

    /// <summary>The tune searches the notice gets wrong at <paramref name="bar"/>, each scored by weights trained without it.</summary>
    private void ListMistakes(List<Row> rows, double[] likelihoods, double bar)
    {
        foreach (var (row, likelihood) in rows.Zip(likelihoods).OrderBy(r => r.First.Crisis).ThenBy(r => r.First.Kind, StringComparer.Ordinal))
        {
            var signals = Signals(row, likelihood, bar);
            if (signals != row.Crisis)
            {
                var what = row.Crisis ? "missed" : $"alarm ({row.Kind})";
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  tune {what}: {row.Query} (likelihood {likelihood:0.00}, {row.Words} words)"));
            }
        }
    }

    /// <summary>The notice as the detector decides it: the staff's list (less its veto), or the likelihood for three words or more.</summary>
    private static bool Signals(Row row, double likelihood, double bar) =>
        row.ByList || (row.Words >= CrisisDetector.MinWordsForMeaning && likelihood >= bar);

    private readonly record struct Figures(double Recall, double Ordinary, double NearMisses, double Site);

    /// <param name="listAlarmsCount">Whether a false alarm raised by the staff's list counts (it does in every figure printed).</param>
    private static Figures Score(List<Row> rows, double[] likelihoods, double bar, bool listAlarmsCount = true)
    {
        var signals = rows.Select((r, i) => (r, Signals: Signals(r, likelihoods[i], bar))).ToList();
        double Signalled(Func<Row, bool> which)
        {
            var chosen = signals.Where(s => which(s.r)).ToList();
            var counted = chosen.Count(s => s.Signals && (s.r.Crisis || listAlarmsCount || !s.r.ByList));
            return chosen.Count == 0 ? 0 : counted / (double)chosen.Count;
        }

        return new Figures(
            Signalled(r => r.Crisis),
            Signalled(r => !r.Crisis && r.Kind == "ordinary"),
            Signalled(r => !r.Crisis && r.Kind == "near miss"),
            Signalled(r => !r.Crisis && r.Kind == "site"));
    }

    private static string Describe(Figures f) => string.Create(
        CultureInfo.InvariantCulture,
        $"recall {f.Recall:P1}, false alarms {f.Ordinary:P1} ordinary / {f.Site:P1} site, near misses {f.NearMisses:P1}");

}
