using HarrisHouse.Search.Evaluation;
using Spectre.Console.Cli;

// Ranking quality on public test collections: dotnet run --project load-tests/HarrisHouse.Search.Evaluation -c Release -- beir ../shared/datasets/nfcorpus
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("hh-evaluate");
    config.AddCommand<BeirCommand>("beir");
    config.AddCommand<SiteCommand>("site");
    config.AddCommand<CrisisTrainCommand>("crisis-train");
    config.AddCommand<TypingCommand>("typing");
    config.AddCommand<SuggestCommand>("suggest");
});
return await app.RunAsync(args);
