using System.Globalization;
using System.Text;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Testing;

/// <summary>
/// The judged site queries, and their quality through the product's whole search path. The graded visitor set
/// (<c>visitor-queries.tsv</c>, <c>-2</c> and <c>-3</c>, written from the pages without looking at results) is split into tune and test
/// halves by <see cref="JudgedQuery.SplitOf"/>; the first judged files were written after seeing results, so
/// they are all tune.
/// </summary>
public static class SiteJudgments
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "HarrisHouse.Search.Tests", "Judgments");

    /// <summary>
    /// The classes reported, in the order printed. The first files' "lay" and "topical" are keyword queries; "spanish"
    /// holds every kind of search typed in Spanish (the region's second language), on a site written in English.
    /// </summary>
    public static IReadOnlyList<string> Classes { get; } = ["question", "navigational", "keyword", "misspelled", "spanish"];

    /// <summary>
    /// The graded sets, each written from the pages by writers who never saw the engine's results: the second,
    /// by a writer who never saw the first either, adds the navigational and keyword queries the first was short of;
    /// the third, by a writer who saw neither, widens every class again; the fourth, by another blind writer, was
    /// scored as a whole before it joined, an estimate of how the service does on queries nobody tuned for; so was the
    /// fifth, by yet another, weighted to navigational and keyword queries; the Spanish set, by another, scored before
    /// stop 49's Spanish vocabulary (written by yet another helper, from the pages) was chosen on its tune half.
    /// </summary>
    public static IReadOnlyList<string> GradedFiles { get; } = ["visitor-queries.tsv", "visitor-queries-2.tsv", "visitor-queries-3.tsv", "visitor-queries-4.tsv", "visitor-queries-5.tsv", "visitor-queries-6.tsv", "visitor-queries-7.tsv", "visitor-queries-8.tsv", "visitor-queries-9.tsv", "visitor-queries-10.tsv", "visitor-queries-11.tsv", "visitor-queries-12.tsv", "visitor-queries-13.tsv", "spanish-queries.tsv", "spanish-queries-2.tsv", "spanish-queries-3.tsv", "spanish-queries-4.tsv"];

    /// <summary>Graded sets written blind like the others but read while choosing: all tune, never scored as test.</summary>
    public static IReadOnlyList<string> TuneOnlyFiles { get; } = ["visitor-queries-tune.tsv", "visitor-queries-tune-2.tsv"];

    public static IReadOnlyList<JudgedQuery> All()
    {
        var first = new[] { "queries.tsv", "queries-holdout.tsv", "questions.tsv" }
            .SelectMany(file => JudgedQuery.Load(Path.Combine(Folder, file)))
            .Select(q => q with { Class = q.Class is "lay" or "topical" ? "keyword" : q.Class })
            .ToList();

        // A visitor query that the first files hold too was tuned on already: it can only be in the tune half.
        var tunedOn = first.Select(q => q.Query.ToLowerInvariant()).ToHashSet();
        var visitors = GradedFiles.SelectMany(file => JudgedQuery.LoadGraded(Path.Combine(Folder, file)))
            .Select(q => tunedOn.Contains(q.Query.ToLowerInvariant()) ? q with { Split = JudgedSplit.Tune, Dealt = false } : q);
        var tuneOnly = TuneOnlyFiles.SelectMany(file => JudgedQuery.LoadGraded(Path.Combine(Folder, file)))
            .Select(q => q with { Split = JudgedSplit.Tune, Dealt = false });
        return [.. visitors, .. tuneOnly, .. first];
    }

    /// <summary>
    /// One row of the quality table: a class (or "all") in one half; <paramref name="DealtCount"/> and
    /// <paramref name="DealtMrr"/> over the half's dealt queries only (<see cref="JudgedQuery.Dealt"/>).
    /// </summary>
    public sealed record Row(string Class, JudgedSplit Split, int Count, double Mrr, double Ndcg, int DealtCount, double DealtMrr);

    /// <summary>One judged query's first ten URLs, and the mode the response says ran.</summary>
    public sealed record Ranked(JudgedQuery Judged, IReadOnlyList<string> Urls, string Mode)
    {
        public double ReciprocalRank => Judged.ReciprocalRank(Urls);
    }

    /// <summary>Each query as the site's search box sends it, in <paramref name="mode"/> (null: the engine's default).</summary>
    public static IReadOnlyList<Ranked> Rank(SearchEngine engine, IEnumerable<JudgedQuery> queries, SearchMode? mode) =>
        queries.Select(q =>
        {
            var result = engine.Search.Search(new SearchRequest { Query = q.Query, PageSize = 10, Mode = mode });
            return new Ranked(q, result.Hits.Select(h => h.Url).ToList(), result.Mode);
        }).ToList();

    /// <summary>
    /// MRR@10 of <paramref name="ranked"/>; each query whose first right answer is not first is written to
    /// <paramref name="misses"/> when one is given.
    /// </summary>
    public static double Mrr(IReadOnlyList<Ranked> ranked, Action<string>? misses = null)
    {
        foreach (var miss in ranked.Where(r => misses is not null && r.ReciprocalRank < 1))
        {
            misses!(string.Create(CultureInfo.InvariantCulture, $"  rr {miss.ReciprocalRank:0.00} {miss.Mode} [{miss.Judged.Class}] '{miss.Judged.Query}': top {string.Join(", ", miss.Urls.Take(3))}"));
        }

        return Mean(ranked, r => r.ReciprocalRank);
    }

    public static IReadOnlyList<Row> Score(IReadOnlyList<Ranked> ranked) =>
        Classes.Append("all").SelectMany(c => Enum.GetValues<JudgedSplit>().Select(split =>
        {
            var rows = ranked.Where(r => r.Judged.Split == split && (c == "all" || r.Judged.Class == c)).ToList();
            var dealt = rows.Where(r => r.Judged.Dealt).ToList();
            return new Row(c, split, rows.Count, Mean(rows, r => r.ReciprocalRank), Mean(rows, r => r.Judged.Ndcg(r.Urls)), dealt.Count, Mean(dealt, r => r.ReciprocalRank));
        })).ToList();

    /// <summary>
    /// The table printed by the tests and the evaluation command: tune and test side by side, then the tune half's
    /// dealt queries alone. The tune half also holds the files written after seeing results and the blind sets read
    /// while choosing, which score higher by being known; the dealt queries were split from the same blind sets as
    /// the test half, so their gap is the one that measures overfitting.
    /// </summary>
    public static string Format(string mode, IReadOnlyList<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{mode,-8} {"class",-13} {"tune n",6} {"MRR@10",7} {"nDCG@10",8} | {"test n",6} {"MRR@10",7} {"nDCG@10",8} | {"gap",6} | {"dealt n",7} {"MRR@10",7} {"gap",6}");
        foreach (var group in rows.GroupBy(r => r.Class))
        {
            var tune = group.Single(r => r.Split == JudgedSplit.Tune);
            var test = group.Single(r => r.Split == JudgedSplit.Test);
            text.AppendLine(CultureInfo.InvariantCulture, $"{mode,-8} {group.Key,-13} {tune.Count,6} {tune.Mrr,7:0.000} {tune.Ndcg,8:0.000} | {test.Count,6} {test.Mrr,7:0.000} {test.Ndcg,8:0.000} | {tune.Mrr - test.Mrr,6:+0.000;-0.000;0.000} | {tune.DealtCount,7} {tune.DealtMrr,7:0.000} {tune.DealtMrr - test.Mrr,6:+0.000;-0.000;0.000}");
        }

        return text.ToString();
    }

    public static Row Find(IReadOnlyList<Row> rows, string @class, JudgedSplit split) => rows.Single(r => r.Class == @class && r.Split == split);

    private static double Mean<T>(IReadOnlyList<T> rows, Func<T, double> value) => rows.Count == 0 ? 0 : rows.Average(value);
}
