using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Cli.Commands;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli;

/// <summary>The staff command's verbs and services; shared by <c>Program</c> and the tests.</summary>
public static class CliApp
{
    /// <summary>How README runs the command, so that the help's usage and examples can be pasted as they are.</summary>
    public const string Name = "dotnet run --project src/HarrisHouse.Search.Cli --";

    /// <summary>Spectre.Console.Cli answers a command line it cannot parse with -1: that is exit code 2.</summary>
    public static int ExitCodeOf(int result) => result < 0 ? ExitCodes.InvalidArguments : result;

    public static IServiceCollection AddServices(IServiceCollection services, SearchOptions options, WebSourceSettings web, AnalyticsSettings analytics, ErrorConsole errors, OutputFormat format) =>
        services
            .AddSingleton(options)
            .AddSingleton(web)
            .AddSingleton(analytics)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(errors)
            .AddSingleton(format)
            .AddSingleton(new Invocation(options))
            .AddSingleton<ICommandInterceptor, InvocationInterceptor>();

    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName(Name);
        config.Settings.StrictParsing = true;
        config.SetHelpProvider(new ExitCodesHelp(config.Settings));
        config.SetExceptionHandler(CommandErrors.Handle);
        config.AddCommand<ReindexCommand>("reindex")
            .WithDescription("Rebuild the index from the content (the folder, the WordPress site, saved pages or a sitemap) beside the live one, then switch to it atomically.")
            .WithExample("reindex")
            .WithExample("reindex", "--source", "index-data/content", "--strict")
            .WithExample("reindex", "--wordpress", "https://harrishouse.org")
            .WithExample("reindex", "--sitemap", "https://harrishouse.org/sitemap.xml")
            .WithExample("reindex", "--json");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check the content and report every problem with its file, line and field; index nothing.")
            .WithExample("validate", "--source", "index-data/content");
        config.AddCommand<SearchCommand>("search")
            .WithDescription("Run a search as the site's search box does.")
            .WithExample("search", "detox")
            .WithExample("search", "\"opioid addiction\"", "--mode", "lexical", "--json");
        config.AddCommand<StatsCommand>("stats")
            .WithDescription("Show the live generation and the ones kept for rollback.");
        config.AddCommand<RollbackCommand>("rollback")
            .WithDescription("Switch back to the previous generation.");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("What visitors searched (aggregate counts only): the same figures as GET /api/admin/analytics.")
            .WithExample("report", "--days", "7");
        config.AddBranch("rules", rules =>
        {
            rules.SetDescription("Staff's search rules and the journal of changes to rules, synonyms and crisis phrases.");
            rules.AddCommand<RulesListCommand>("list")
                .WithDescription("List the rules and the latest changes, numbered.")
                .WithExample("rules", "list", "--changes", "50");
            rules.AddCommand<RulesUndoCommand>("undo")
                .WithDescription("Undo one change by its number: the target goes back to how it was before it.")
                .WithExample("rules", "undo", "12");
        });
    }
}
