using HarrisHouse.Search.Content;
using Spectre.Console;

namespace HarrisHouse.Search.Cli.Commands;

internal static class ProblemTable
{
    /// <summary>Lists content problems with the file, line and field at fault.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ContentProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var table = new Table().Title($"[yellow]{problems.Count} problem(s): these items were skipped[/]")
            .AddColumn("File").AddColumn("Line").AddColumn("Field").AddColumn("Problem");
        foreach (var problem in problems)
        {
            table.AddRow(
                Markup.Escape(problem.Source),
                problem.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(problem.Field ?? ""),
                Markup.Escape(problem.Message));
        }

        console.Write(table);
    }

    public static object ToJson(ContentProblem problem) =>
        new { file = problem.Source, line = problem.Line, field = problem.Field, message = problem.Message };
}
