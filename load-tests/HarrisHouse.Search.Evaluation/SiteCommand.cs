using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Safety;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

[Description("Index the sample site and report the judged visitor queries (MRR@10, nDCG@10) and the emergency notice, tune and test halves side by side.")]
public sealed class SiteCommand(IAnsiConsole console) : Command<SiteCommand.Settings>
{
    public sealed class Settings : ModelSettings
    {
        [CommandOption("--floor <SIMILARITY>")]
        public float? Floor { get; init; }

        [CommandOption("--margin <SIMILARITY>")]
        public float? Margin { get; init; }

        [CommandOption("--keyword-max-words <N>")]
        public int? KeywordMaxWords { get; init; }

        [CommandOption("--bare-keyword-max-words <N>")]
        public int? BareKeywordMaxWords { get; init; }

        [CommandOption("--semantic-weight <W>")]
        public float? SemanticWeight { get; init; }

        [CommandOption("--partial-lexical-weight <W>")]
        public float? PartialLexicalWeight { get; init; }

        [CommandOption("--all-words-up-to <N>")]
        public int? AllWordsUpTo { get; init; }

        [CommandOption("--most-words-share <S>")]
        public double? MostWordsShare { get; init; }

        [CommandOption("--common-word-share <S>")]
        public double? CommonWordShare { get; init; }

        [CommandOption("--complete-whole-words <BOOL>")]
        public bool? CompleteWholeWords { get; init; }

        [CommandOption("--one-typo-min-length <N>")]
        public int? OneTypoMinLength { get; init; }

        [CommandOption("--respell-unknown-words <BOOL>")]
        public bool? RespellUnknownWords { get; init; }

        [CommandOption("--two-typos-min-length <N>")]
        public int? TwoTyposMinLength { get; init; }

        [CommandOption("--crisis-similarity <S>")]
        public float? CrisisSimilarity { get; init; }

        [CommandOption("--crisis-lead <S>")]
        public float? CrisisLead { get; init; }

        [CommandOption("--crisis-veto <S>")]
        [Description("The veto of meaning over the phrase list; a negative value: none.")]
        public float? CrisisVeto { get; init; }

        [CommandOption("--crisis-bars")]
        [Description("Decide the emergency notice by the bars of similarity, not the classifier.")]
        public bool CrisisBars { get; init; }

        [CommandOption("--passages <N>")]
        public int? Passages { get; init; }

        [CommandOption("--crisis-sweep")]
        [Description("Print the emergency notice's recall and false alarms on the tune half for a range of similarity thresholds.")]
        public bool CrisisSweep { get; init; }

        [CommandOption("--verbose")]
        [Description("List the tune half's misses (never the test half's: it is not looked into).")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        var (directory, engine) = SemanticSite.BuildAndOpen(options => Configure(options, settings));
        using (directory)
        using (engine)
        {
            var queries = SiteJudgments.All();
            console.WriteLine($"Model {engine.Options.Semantic.Model}; {queries.Count} judged queries ({queries.Count(q => q.Split == JudgedSplit.Tune)} tune, {queries.Count(q => q.Split == JudgedSplit.Test)} test)");
            foreach (var mode in Enum.GetValues<SearchMode>())
            {
                var ranked = SiteJudgments.Rank(engine, queries, mode);
                console.Write(new Text(SiteJudgments.Format(mode.ToString().ToLowerInvariant(), SiteJudgments.Score(ranked))));
                if (settings.Verbose && mode == SearchMode.Hybrid)
                {
                    foreach (var miss in ranked.Where(r => r.Judged.Split == JudgedSplit.Tune && r.ReciprocalRank < 1))
                    {
                        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  tune miss rr {miss.ReciprocalRank:0.00} [{miss.Judged.Class}] '{miss.Judged.Query}': {string.Join(' ', miss.Urls.Take(3))} want {miss.Judged.Relevant[0]}"));
                    }
                }
            }

            var labelled = CrisisJudgments.All();
            var halves = Enum.GetValues<JudgedSplit>().Select(split => CrisisJudgments.Score(engine.Crisis.Detect, split, labelled, queries)).ToList();
            console.Write(new Text(CrisisJudgments.Format("crisis", halves)));
            if (settings.CrisisSweep)
            {
                Sweep(engine, labelled, queries);
            }

            if (settings.Verbose)
            {
                foreach (var missed in halves[0].Missed) { console.WriteLine($"  tune miss: {missed} {engine.Crisis.Closeness(missed)}"); }
                foreach (var alarm in halves[0].Alarms) { console.WriteLine($"  tune alarm: {alarm} {engine.Crisis.Closeness(alarm)}"); }
            }

            return 0;
        }
    }

    /// <summary>Each threshold's figures on the tune half only: the threshold is chosen here, the test half is not looked at.</summary>
    private void Sweep(SearchEngine engine, IReadOnlyList<CrisisJudgments.Labelled> labelled, IReadOnlyList<JudgedQuery> queries)
    {
        var grid = from threshold in new[] { 0.55f, 0.6f, 0.65f }
                   from lead in new[] { -0.025f, 0f, 0.025f }
                   from veto in new float?[] { null, 0.05f, 0.1f, 0.15f }
                   from clear in new float?[] { null, 0.45f, 0.5f, 0.55f }
                   from clearLead in clear is null ? [0f] : new[] { 0.1f, 0.15f, 0.2f, 0.25f }
                   select new CrisisThresholds(threshold, lead, veto, clear, clearLead);
        foreach (var thresholds in grid)
        {
            var tune = CrisisJudgments.Score(q => engine.Crisis.Detect(q, thresholds), JudgedSplit.Tune, labelled, queries);
            Print(thresholds, tune);
        }

        // The long bar on its own, beside the service's other bars (the classifier set aside: it would decide instead).
        var service = engine.Crisis.Thresholds!.Value;
        var longBars = from words in new int?[] { null, 6, 8, 10, 12 }
                       from similarity in words is null ? [0f] : new[] { 0.4f, 0.45f, 0.5f }
                       from lead in words is null ? [0f] : new[] { 0f, 0.05f, 0.1f }
                       select service with { Likelihood = null, LongWords = words, LongSimilarity = similarity, LongLead = lead };
        foreach (var thresholds in longBars)
        {
            var tune = CrisisJudgments.Score(q => engine.Crisis.Detect(q, thresholds), JudgedSplit.Tune, labelled, queries);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  long bar {thresholds.LongWords?.ToString(CultureInfo.InvariantCulture) ?? "none"} words, similarity {thresholds.LongSimilarity:0.00}, lead {thresholds.LongLead:0.00}: {Figures(tune)}"));
        }
    }

    private void Print(CrisisThresholds thresholds, CrisisJudgments.Scores tune) =>
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {thresholds.Similarity:0.000} lead {thresholds.Lead:0.000} veto {thresholds.Veto?.ToString("0.00", CultureInfo.InvariantCulture) ?? "none"} clear {thresholds.ClearSimilarity?.ToString("0.00", CultureInfo.InvariantCulture) ?? "none"} lead {thresholds.ClearLead:0.00}: {Figures(tune)}, Spanish {tune.SpanishNotices:P1}"));

    private static string Figures(CrisisJudgments.Scores tune) => string.Create(
        CultureInfo.InvariantCulture,
        $"recall {tune.Recall:P1}, false alarms {tune.FalseAlarms:P1} ordinary / {tune.SiteFalseAlarms:P1} site, near misses {tune.NearMissAlarms:P1}");

    private static SearchOptions Configure(SearchOptions options, Settings s)
    {
        var semantic = s.WithModel(options.Semantic);
        options.Semantic = semantic with
        {
            SimilarityFloor = s.Floor ?? semantic.SimilarityFloor,
            SimilarityMargin = s.Margin ?? semantic.SimilarityMargin,
            KeywordQueryMaxWords = s.KeywordMaxWords ?? semantic.KeywordQueryMaxWords,
            BareKeywordQueryMaxWords = s.BareKeywordMaxWords ?? semantic.BareKeywordQueryMaxWords,
            SemanticWeight = s.SemanticWeight ?? semantic.SemanticWeight,
            PartialLexicalWeight = s.PartialLexicalWeight ?? semantic.PartialLexicalWeight,
            CrisisSimilarity = s.CrisisSimilarity ?? semantic.CrisisSimilarity,
            CrisisLead = s.CrisisLead ?? semantic.CrisisLead,
            CrisisVeto = s.CrisisVeto is { } veto ? (veto < 0 ? null : veto) : semantic.CrisisVeto,
            CrisisClassifier = !s.CrisisBars && semantic.CrisisClassifier,
            PassagesPerItem = s.Passages ?? semantic.PassagesPerItem,
            RespellUnknownWords = s.RespellUnknownWords ?? semantic.RespellUnknownWords,

            // The sweep asks about every labelled search for every threshold: each is embedded once, not once per threshold.
            QueryCacheSize = s.CrisisSweep ? 100_000 : semantic.QueryCacheSize,
        };
        options.Ranking = options.Ranking with
        {
            AllWordsUpTo = s.AllWordsUpTo ?? options.Ranking.AllWordsUpTo,
            MostWordsShare = s.MostWordsShare ?? options.Ranking.MostWordsShare,
            OneTypoMinLength = s.OneTypoMinLength ?? options.Ranking.OneTypoMinLength,
            TwoTyposMinLength = s.TwoTyposMinLength ?? options.Ranking.TwoTyposMinLength,
            CommonWordShare = s.CommonWordShare ?? options.Ranking.CommonWordShare,
            CompleteWholeWords = s.CompleteWholeWords ?? options.Ranking.CompleteWholeWords,
        };
        return options;
    }
}
