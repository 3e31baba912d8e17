using Spectre.Console;

namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>
/// Standard error, for progress and messages: with <c>--json</c>, standard output carries nothing but the
/// one JSON document.
/// </summary>
public sealed class ErrorConsole(IAnsiConsole console)
{
    public IAnsiConsole Console { get; } = console;

    public static ErrorConsole ForStandardError() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }));
}
