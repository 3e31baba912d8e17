using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

/// <summary>
/// The search box's page suggestions as a visitor types: each judged search is typed one character at a time, and
/// after every keystroke the pages the dropdown would offer are checked against the pages judged for the search. A
/// dropdown is worth its place when it reaches a judged page before the search is sent, and costs attention when it
/// offers pages judged for nothing the visitor asked.
/// </summary>
[Description("Type each judged search one character at a time and report how the search box's page suggestions meet its judged pages, tune and test halves.")]
public sealed class SuggestCommand(IAnsiConsole console) : Command<SuggestCommand.Settings>
{
    public sealed class Settings : ModelSettings
    {
        [CommandOption("--verbose")]
        [Description("List the tune half's keystrokes whose pages are none of the search's judged ones, and its searches whose judged pages never show (never the test half's).")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        var (directory, engine) = settings.OpenSampleSite();
        using (directory)
        using (engine)
        {
            var queries = SiteJudgments.All();
            var took = new List<double>();
            console.WriteLine("half  class         queries  reached while typing  when typed whole  keystrokes offering pages  of them, none judged");
            foreach (var split in Enum.GetValues<JudgedSplit>())
            {
                var typed = queries.Where(q => q.Split == split).Select(q => Type(engine.Suggest, q, took)).ToList();
                foreach (var kind in SiteJudgments.Classes.Prepend("all"))
                {
                    var rows = typed.Where(t => kind == "all" || t.Judged.Class == kind).ToList();
                    var offering = rows.Sum(t => t.Offering);
                    var unjudged = rows.Sum(t => t.Unjudged.Count);
                    console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{split.ToString().ToLowerInvariant(),-5} {kind,-13} {rows.Count,7}  {Share(rows.Count(t => t.Reached), rows.Count),20}  {Share(rows.Count(t => t.ReachedWhole), rows.Count),16}  {offering,25}  {Share(unjudged, offering),20}"));
                }

                if (settings.Verbose && split == JudgedSplit.Tune)
                {
                    foreach (var (prefix, pages) in typed.SelectMany(t => t.Unjudged))
                    {
                        console.WriteLine($"  tune, none judged: '{prefix}': {string.Join(' ', pages)}");
                    }

                    foreach (var missed in typed.Where(t => !t.Reached))
                    {
                        console.WriteLine($"  tune, never reached: [{missed.Judged.Class}] '{missed.Judged.Query}'");
                    }
                }
            }

            took.Sort();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{took.Count} keystrokes, each answered in {took[took.Count / 2]:0.00} ms (median), {took[(int)(took.Count * 0.99)]:0.00} ms (p99)"));
            return 0;
        }
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{part / (double)whole:P1}");

    /// <summary>What the dropdown offered for one search, keystroke by keystroke.</summary>
    private sealed record Typed(JudgedQuery Judged, bool Reached, bool ReachedWhole, int Offering, IReadOnlyList<(string Prefix, IReadOnlyList<string> Pages)> Unjudged);

    /// <param name="took">Each keystroke's time in milliseconds, added to.</param>
    private static Typed Type(SuggestService suggest, JudgedQuery judged, List<double> took)
    {
        var query = judged.Query.Length > SearchLimits.MaxSuggestQueryLength ? judged.Query[..SearchLimits.MaxSuggestQueryLength] : judged.Query;
        var relevant = judged.Relevant.ToHashSet(StringComparer.Ordinal);
        var (reached, reachedWhole, offering) = (false, false, 0);
        var unjudged = new List<(string, IReadOnlyList<string>)>();
        for (var length = Math.Min(SearchBox.FirstKeystroke, query.Length); length <= query.Length; length++)
        {
            var prefix = query[..length];
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var answer = suggest.Suggest(prefix, SearchLimits.MaxSuggestions);
            took.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var pages = answer.Suggestions
                .Where(s => s.Kind is SuggestionKind.Page or SuggestionKind.Result && s.Url is not null)
                .Select(s => s.Url!)
                .ToList();
            if (pages.Count == 0)
            {
                continue;
            }

            offering++;
            var hit = pages.Any(relevant.Contains);
            reached |= hit;
            reachedWhole = hit && length == query.Length;
            if (!hit)
            {
                unjudged.Add((prefix, pages));
            }
        }

        return new Typed(judged, reached, reachedWhole, offering, unjudged);
    }
}
