using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Cli;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace HarrisHouse.Search.Testing;

/// <summary>Runs the staff command in-process, with test consoles for standard output and standard error.</summary>
public static class StaffCommand
{
    public sealed record Run(int ExitCode, string Output, string Errors);

    public static Run Execute(SearchOptions options, params string[] args) => Execute(options, new WebSourceSettings(), args);

    /// <summary>With the given settings for reading the live site (tests shorten the retry delays).</summary>
    public static Run Execute(SearchOptions options, WebSourceSettings web, params string[] args) =>
        Execute(options, web, new OutputFormat(Plain: false), width: 80, args);

    /// <summary>With standard output a terminal <paramref name="width"/> columns wide, or piped (<see cref="OutputFormat.Plain"/>).</summary>
    public static Run Execute(SearchOptions options, WebSourceSettings web, OutputFormat format, int width, params string[] args) =>
        Execute(options, web, new AnalyticsSettings(), format, width, args);

    /// <summary>With the given analytics database (for <c>report</c>).</summary>
    public static Run Execute(SearchOptions options, WebSourceSettings web, AnalyticsSettings analytics, OutputFormat format, int width, params string[] args)
    {
        var errors = new TestConsole();
        var services = CliApp.AddServices(new ServiceCollection(), options, web, analytics, new ErrorConsole(errors), format);
        var tester = new CommandAppTester(new TypeRegistrar(services), new CommandAppTesterSettings { TrimConsoleOutput = false }, new TestConsole().Width(width));
        tester.Configure(CliApp.Configure);
        var result = tester.Run(args);
        return new Run(CliApp.ExitCodeOf(result.ExitCode), result.Output, errors.Output);
    }
}
