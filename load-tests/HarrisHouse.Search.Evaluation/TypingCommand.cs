using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

/// <summary>
/// The emergency notice in the search box's dropdown, as a visitor types: each labelled search is typed one
/// character at a time and checked after every keystroke, as the box asks the suggest endpoint. An ordinary search
/// that shows the notice at some keystroke flashes emergency numbers at someone who is not in danger; a crisis
/// search should show it early.
/// </summary>
[Description("Type each labelled crisis and ordinary search one character at a time and report when the search box would show the emergency notice, tune and test halves.")]
public sealed class TypingCommand(IAnsiConsole console) : Command<TypingCommand.Settings>
{
    public sealed class Settings : ModelSettings
    {
        [CommandOption("--read-last-word")]
        [Description("Read a last word still being typed like a complete one (as the box did before stop 47).")]
        public bool ReadLastWord { get; init; }

        [CommandOption("--verbose")]
        [Description("Also list the tune half's ordinary searches that show the notice, as typed when they first do: the tune half only, to choose what to change.")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (directory, engine) = settings.OpenSampleSite();
        using (directory)
        using (engine)
        {
            Func<string, bool> signals = settings.ReadLastWord
                ? text => engine.Crisis.Detect(text).Signals
                : text => engine.Crisis.DetectWhileTyping(text).Signals;
            var labelled = CrisisJudgments.All();
            console.WriteLine($"Model {engine.Options.Semantic.Model}; the last word being typed {(settings.ReadLastWord ? "read like a complete one" : "left to the phrase list")}");
            foreach (var split in Enum.GetValues<JudgedSplit>())
            {
                var half = labelled.Where(l => l.Split == split).ToList();
                var ordinary = half.Where(l => !l.Crisis).Select(l => FirstNotice(l.Query, signals)).ToList();
                if (settings.Verbose && split == JudgedSplit.Tune)
                {
                    foreach (var (query, first) in half.Where(l => !l.Crisis).Select(l => l.Query).Zip(ordinary).Where(p => p.Second is not null))
                    {
                        console.WriteLine($"  tune alarm while typing: '{query[..Math.Min(query.Length, first!.Value.Typed)]}' of '{query}'");
                    }
                }

                var crises = half.Where(l => l.Crisis).Select(l => FirstNotice(l.Query, signals)).ToList();
                var shown = crises.Where(c => c?.Share is <= 1).Select(c => c!.Value).ToList();
                var median = shown.Count == 0 ? double.NaN : shown.Select(c => c.Share).Order().ElementAt(shown.Count / 2);
                var keystrokes = shown.Count == 0 ? double.NaN : shown.Average(c => c.Typed);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{split.ToString().ToLowerInvariant(),-5} ordinary: {ordinary.Count(o => o is not null)} of {ordinary.Count} ({ordinary.Count(o => o is not null) / (double)Math.Max(1, ordinary.Count):P1}) show the notice at some keystroke | crisis: {crises.Count(c => c is null || c.Value.Share > 1)} of {crises.Count} not before the last word ends ({crises.Count(c => c is null)} not even once a space follows it), the others first at {median:P0} of the search (median), {keystrokes:F2} characters typed (mean)"));
            }

            return 0;
        }
    }

    /// <returns>
    /// The characters typed when the notice first shows and their share of the search (above 1 when it shows once a
    /// space follows the last word), or null if it never does while typed.
    /// </returns>
    private static (int Typed, double Share)? FirstNotice(string query, Func<string, bool> signals)
    {
        var length = Math.Min(query.Length, SearchLimits.MaxSuggestQueryLength);
        for (var typed = Math.Min(SearchBox.FirstKeystroke, length); typed <= length; typed++)
        {
            if (signals(query[..typed]))
            {
                return (typed, typed / (double)query.Length);
            }
        }

        // The space after the last word: one keystroke more (a share above 1).
        return length == query.Length && signals(query + " ") ? (query.Length + 1, (query.Length + 1) / (double)query.Length) : null;
    }
}
