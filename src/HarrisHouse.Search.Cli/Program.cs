using HarrisHouse.Search;
using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Cli;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

// Same configuration keys as the API (Search:IndexPath, or Search__IndexPath in the environment); the
// command line's --index and --source override them.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
var web = configuration.GetSection(WebSourceSettings.Section).Get<WebSourceSettings>() ?? new WebSourceSettings();
var analytics = configuration.GetSection(AnalyticsSettings.Section).Get<AnalyticsSettings>() ?? new AnalyticsSettings();

var services = CliApp.AddServices(new ServiceCollection(), options, web, analytics, ErrorConsole.ForStandardError(), OutputFormat.ForStandardOutput())
    .AddSingleton(AnsiConsole.Console);
var app = new CommandApp(new TypeRegistrar(services));
app.Configure(config =>
{
    CliApp.Configure(config);
    config.ConfigureConsole(AnsiConsole.Console);
});
var exitCode = await app.RunAsync(args);
return CliApp.ExitCodeOf(exitCode);
