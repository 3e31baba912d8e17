using HarrisHouse.Search.LoadTests;
using Spectre.Console.Cli;

// dotnet run --project load-tests/HarrisHouse.Search.LoadTests -c Release -- [options]   (see --help)
var app = new CommandApp<LoadCommand>();
app.Configure(config => config.SetApplicationName("hh-load"));
return await app.RunAsync(args);
