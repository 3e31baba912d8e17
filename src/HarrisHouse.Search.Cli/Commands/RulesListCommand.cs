using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Staff's search rules, and the latest changes to rules, synonyms and crisis phrases (with the numbers 'rules undo' takes).")]
public sealed class RulesListCommand(IAnsiConsole console, Invocation invocation, OutputFormat format) : Command<RulesListCommand.Settings>
{
    public sealed class Settings : IndexCommandSettings
    {
        [CommandOption("--changes <N>")]
        [Description("How many of the latest changes to list, 1 to 500 (default 20).")]
        public int Changes { get; init; } = 20;

        public override ValidationResult Validate() =>
            Changes is < 1 or > 500 ? ValidationResult.Error($"--changes must be between 1 and 500; it was {Changes}.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var engine = SearchEngine.Create(invocation.Options, writable: false);
        var rules = engine.Curation.Rules();
        var changes = engine.Curation.Changes(settings.Changes);
        if (settings.Json)
        {
            JsonOutput.Write(console, new { rules, changes });
            return ExitCodes.Success;
        }

        FittedTable.Write(console, format, $"{rules.Count} rule(s)", [new("Id"), new("Query", ColumnFit.Wrap), new("Match"), new("Pinned first", ColumnFit.Wrap), new("Hidden", ColumnFit.Wrap)],
            [.. rules.Select(r => new[] { r.Id, r.Query, r.Match.ToString().ToLowerInvariant(), string.Join(' ', r.Pin), string.Join(' ', r.Hide) })]);
        FittedTable.Write(console, format, "Latest changes (undo one with: rules undo <number>)", [new("No.", RightAligned: true, MinWidth: 3), new("When (UTC)"), new("Who", ColumnFit.Truncate), new("What", ColumnFit.Wrap), new("Done")],
            [.. changes.Select(c => new[]
            {
                c.Id.ToString(CultureInfo.InvariantCulture),
                c.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                c.Key,
                $"{c.Action} {c.Kind} {c.Target}" + (c.Undoes is { } undid ? $" (undoes {undid})" : ""),
                c.Undone ? "undone" : "",
            })]);
        return ExitCodes.Success;
    }
}
