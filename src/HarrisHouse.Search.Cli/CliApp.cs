using HarrisHouse.Search.Cli.Commands;
using HarrisHouse.Search.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli;

/// <summary>The staff command's verbs; shared by <c>Program</c> and the tests.</summary>
public static class CliApp
{
    public const string Name = "hh-search";

    /// <summary>Spectre.Console.Cli answers a command line it cannot parse or validate with -1: that is exit code 2.</summary>
    public static int ExitCodeOf(int result) => result < 0 ? ExitCodes.InvalidArguments : result;

    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName(Name);
        config.Settings.StrictParsing = true;
        config.AddCommand<ReindexCommand>("reindex")
            .WithDescription("Rebuild the index from the content (the folder, the WordPress site, saved pages or a sitemap) beside the live one, then switch to it atomically. " + ExitCodes.Help)
            .WithExample("reindex")
            .WithExample("reindex", "--source", "index-data/content", "--strict")
            .WithExample("reindex", "--wordpress", "https://harrishouse.org")
            .WithExample("reindex", "--sitemap", "https://harrishouse.org/sitemap.xml")
            .WithExample("reindex", "--json");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check the content and report every problem with its file, line and field; index nothing. " + ExitCodes.Help)
            .WithExample("validate", "--source", "index-data/content");
        config.AddCommand<SearchCommand>("search")
            .WithDescription("Run a search as the site's search box does. " + ExitCodes.Help)
            .WithExample("search", "detox")
            .WithExample("search", "\"opioid addiction\"", "--json");
        config.AddCommand<StatsCommand>("stats")
            .WithDescription("Show the live generation and the ones kept for rollback. " + ExitCodes.Help);
        config.AddCommand<RollbackCommand>("rollback")
            .WithDescription("Switch back to the previous generation. " + ExitCodes.Help);
    }
}
