using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching.Safety;

namespace HarrisHouse.Search.Testing;

/// <summary>
/// The labelled searches for the emergency notice (the <see cref="SplitFiles"/>), split into tune and test halves like
/// the judged site queries, and how the detector does on them: recall on crisis searches, false alarms on ordinary
/// ones (the near misses, which share words with emergencies, apart), and the notice's language.
/// </summary>
public static class CrisisJudgments
{
    public sealed record Labelled(string Query, bool Crisis, string Language, string Note, JudgedSplit Split)
    {
        public bool NearMiss => !Crisis && Note.StartsWith("near miss", StringComparison.Ordinal);
    }

    /// <summary>
    /// The <see cref="SplitFiles"/> split into halves, and the <see cref="TuneOnlyFiles"/>, written as blind but read
    /// while choosing, all tune.
    /// </summary>
    public static IReadOnlyList<Labelled> All() =>
        SplitFiles.SelectMany(file => Load(file, JudgedQuery.SplitOf))
            .Concat(TuneOnlyFiles.SelectMany(file => Load(file, _ => JudgedSplit.Tune)))
            .ToList();

    /// <summary>
    /// Labelled sets written blind, each search in the half <see cref="JudgedQuery.SplitOf"/> gives it: only the tune
    /// half is read while choosing. <c>crisis-queries-2.tsv</c> to <c>-18.tsv</c> were each scored as a whole before they joined
    /// (load-tests/README.md).
    /// </summary>
    public static IReadOnlyList<string> SplitFiles { get; } = ["crisis-queries.tsv", "crisis-queries-2.tsv", "crisis-queries-3.tsv", "crisis-queries-4.tsv", "crisis-queries-5.tsv", "crisis-queries-6.tsv", "crisis-queries-7.tsv", "crisis-queries-8.tsv", "crisis-queries-9.tsv", "crisis-queries-10.tsv", "crisis-queries-11.tsv", "crisis-queries-12.tsv", "crisis-queries-13.tsv", "crisis-queries-14.tsv", "crisis-queries-15.tsv", "crisis-queries-16.tsv", "crisis-queries-17.tsv", "crisis-queries-18.tsv"];

    /// <summary>Labelled sets written blind like <c>crisis-queries.tsv</c> but read while choosing: all tune.</summary>
    public static IReadOnlyList<string> TuneOnlyFiles { get; } = ["crisis-queries-tune.tsv", "crisis-queries-tune-2.tsv"];

    private static IEnumerable<Labelled> Load(string file, Func<string, JudgedSplit> split) =>
        JudgedQuery.Lines(Path.Combine(SiteJudgments.Folder, file))
            .Select(p => new Labelled(p[0], p[1] == "crisis", p[2], p[3], split(p[0])));

    public sealed record Scores(JudgedSplit Split, int Crises, double Recall, int Ordinary, double FalseAlarms, int NearMisses, double NearMissAlarms, int SiteQueries, double SiteFalseAlarms, int Spanish, double SpanishNotices)
    {
        public IReadOnlyList<string> Missed { get; init; } = [];

        public IReadOnlyList<string> Alarms { get; init; } = [];
    }

    /// <summary>
    /// The judged site queries the policy calls an emergency ("overdose" alone, "chest pain after partying with
    /// coke"), labelled apart from the detector (<c>site-queries-policy.tsv</c>): the notice is right to show for them.
    /// </summary>
    public static IReadOnlySet<string> SiteQueriesByPolicy => ByPolicy.Value;

    private static readonly Lazy<IReadOnlySet<string>> ByPolicy = new(() =>
        JudgedQuery.Lines(Path.Combine(SiteJudgments.Folder, "site-queries-policy.tsv"))
            .Where(p => p[1] == "crisis")
            .Select(p => p[0])
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Scores a detector on one half: the labelled searches of that half, and as ordinary searches also the judged
    /// site queries of that half (what people really type here) that the policy does not call an emergency.
    /// </summary>
    public static Scores Score(Func<string, CrisisSignal> detect, JudgedSplit split, IReadOnlyList<Labelled> labelled, IReadOnlyList<JudgedQuery> siteQueries)
    {
        var half = labelled.Where(l => l.Split == split).ToList();
        var crises = half.Where(l => l.Crisis).Select(l => (l, Signal: detect(l.Query))).ToList();
        var ordinary = half.Where(l => !l.Crisis && !l.NearMiss).Select(l => (l, Signal: detect(l.Query))).ToList();
        var nearMisses = half.Where(l => l.NearMiss).Select(l => (l, Signal: detect(l.Query))).ToList();
        var site = siteQueries.Where(q => q.Split == split && !SiteQueriesByPolicy.Contains(q.Query)).Select(q => (q, Signal: detect(q.Query))).ToList();
        var spanish = crises.Where(c => c.l.Language == QueryLanguage.Spanish).ToList();
        return new Scores(
            split,
            crises.Count,
            Share(crises, c => c.Signal.Signals),
            ordinary.Count,
            Share(ordinary, o => o.Signal.Signals),
            nearMisses.Count,
            Share(nearMisses, o => o.Signal.Signals),
            site.Count,
            Share(site, s => s.Signal.Signals),
            spanish.Count,
            Share(spanish, s => s.Signal.Signals && s.Signal.Language == QueryLanguage.Spanish))
        {
            Missed = [.. crises.Where(c => !c.Signal.Signals).Select(c => c.l.Query)],
            Alarms = [.. ordinary.Where(o => o.Signal.Signals).Select(o => o.l.Query).Concat(site.Where(s => s.Signal.Signals).Select(s => s.q.Query))],
        };
    }

    /// <summary>
    /// What the crisis classifier is trained on: the tune half's labelled searches and judged site queries (labelled
    /// by the policy), each with its kind: crisis, near miss, ordinary or site.
    /// </summary>
    public static IReadOnlyList<(string Query, bool Crisis, string Kind)> TuneTrainingSet() =>
    [
        .. All().Where(l => l.Split == JudgedSplit.Tune).Select(l => (l.Query, l.Crisis, l.Crisis ? "crisis" : l.NearMiss ? "near miss" : "ordinary")),
        .. SiteJudgments.All().Where(q => q.Split == JudgedSplit.Tune).Select(q => (q.Query, SiteQueriesByPolicy.Contains(q.Query), "site")),
    ];

    /// <summary>
    /// A digest of everything the classifier's weights depend on besides the model: the <see cref="TuneTrainingSet"/>,
    /// the intent sentences and the counterexamples. The trainer writes it into <c>crisis-classifier.txt</c>, and a
    /// test fails when it no longer matches, so that no change to them ships with weights trained before it.
    /// </summary>
    public static string TuneFingerprint()
    {
        var lines = TuneTrainingSet().Select(t => $"{t.Kind}\t{t.Crisis}\t{t.Query}").Order(StringComparer.Ordinal)
            .Concat(CrisisIntents.Texts.Select(text => "sentence\t" + text));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    public static string Format(string label, IReadOnlyList<Scores> halves)
    {
        var text = new StringBuilder();
        foreach (var s in halves)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{label} {s.Split,-4}: recall {s.Recall:P1} of {s.Crises} crisis searches; false alarms {s.FalseAlarms:P1} of {s.Ordinary} ordinary, {s.SiteFalseAlarms:P1} of {s.SiteQueries} site queries; near misses notified {s.NearMissAlarms:P1} of {s.NearMisses}; Spanish notices {s.SpanishNotices:P1} of {s.Spanish}"));
        }

        return text.ToString();
    }

    private static double Share<T>(IReadOnlyList<T> items, Func<T, bool> predicate) => items.Count == 0 ? 0 : items.Count(predicate) / (double)items.Count;
}
