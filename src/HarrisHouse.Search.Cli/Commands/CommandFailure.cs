using HarrisHouse.Search.Cli.Infrastructure;
using Spectre.Console;

namespace HarrisHouse.Search.Cli.Commands;

internal static class CommandFailure
{
    /// <summary>
    /// Reports a failure in words on standard error (or the console), and with <c>--json</c> also as the one
    /// JSON document on standard output, so scripts always get JSON to read.
    /// </summary>
    public static int Report(IAnsiConsole console, ErrorConsole errors, IndexCommandSettings settings, int exitCode, string message)
    {
        (settings.Json ? errors.Console : console).MarkupLine($"[red]{Markup.Escape(message)}[/]");
        if (settings.Json)
        {
            JsonOutput.Write(console, new { succeeded = false, exitCode, error = message });
        }

        return exitCode;
    }
}
