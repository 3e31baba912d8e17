using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Content;
using Spectre.Console;

namespace HarrisHouse.Search.Cli.Commands;

internal static class ProblemTable
{
    private static readonly FittedColumn[] Columns =
    [
        new("File", ColumnFit.TruncateStart, MinWidth: 16),
        new("Line", RightAligned: true),
        new("Field"),
        new("Problem", ColumnFit.Wrap, MinWidth: 20),
    ];

    /// <summary>Lists content problems (or warnings) with the file, line and field at fault.</summary>
    public static void Write(IAnsiConsole console, OutputFormat format, string title, IReadOnlyList<ContentProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        if (!format.Plain)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(title)}[/]");
        }

        FittedTable.Write(console, format, null, Columns, problems.Select(p => new[]
        {
            p.Source,
            p.Line?.ToString(CultureInfo.InvariantCulture) ?? "",
            p.Field ?? "",
            p.Message,
        }).ToList());
    }

    public static object ToJson(ContentProblem problem) =>
        new { file = problem.Source, line = problem.Line, field = problem.Field, message = problem.Message, url = problem.Url };
}
