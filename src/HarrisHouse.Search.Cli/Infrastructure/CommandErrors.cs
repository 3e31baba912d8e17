using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>
/// The one error handler: every failure a verb does not handle itself becomes a sentence on standard error
/// and its exit code; with <c>--json</c>, standard output also gets one JSON document saying so.
/// </summary>
public static class CommandErrors
{
    public static int Handle(Exception exception, ITypeResolver? resolver)
    {
        var (code, message) = Describe(exception);
        var errors = resolver?.Resolve(typeof(ErrorConsole)) as ErrorConsole ?? ErrorConsole.ForStandardError();
        var invocation = resolver?.Resolve(typeof(Invocation)) as Invocation;
        var output = resolver?.Resolve(typeof(IAnsiConsole)) as IAnsiConsole;
        Report(output, errors, invocation?.Json == true, code, message);
        return code;
    }

    /// <summary>A failure the verb found itself (content problems), reported the same way.</summary>
    public static int Report(IAnsiConsole? output, ErrorConsole errors, bool json, int code, string message)
    {
        errors.Console.MarkupLine($"[red]Error:[/] {Markup.Escape(message)}");
        if (json && output is not null)
        {
            JsonOutput.Write(output, new { succeeded = false, exitCode = code, error = message });
        }

        return code;
    }

    private static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        CommandParseException or CommandRuntimeException => (ExitCodes.InvalidArguments, exception.Message),
        InvalidSearchRequestException => (ExitCodes.InvalidArguments, exception.Message),
        ReindexInProgressException => (ExitCodes.ReindexRunning, exception.Message),
        IndexUnavailableException => (ExitCodes.NoIndex, $"{exception.Message} Run 'reindex' first."),
        NothingToRollBackException => (ExitCodes.NoIndex, exception.Message),
        ContentSourceException => (ExitCodes.SourceUnreadable, exception.Message),
        _ => (ExitCodes.Unexpected, $"{exception.GetType().Name}: {exception.Message}"),
    };
}
