using System.ComponentModel;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks;

[Description("In-process latency percentiles on the sample site, per query class, suggest, facets and related lookups.")]
public sealed class LatencyCommand(IAnsiConsole console) : AsyncCommand<LatencyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--ops <N>")]
        [DefaultValue(2_000)]
        public int Operations { get; init; } = 2_000;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var urls = (await SampleSite.ItemsAsync(cancellationToken)).Select(i => i.Url).ToList();
        foreach (var cached in new[] { 0, 2_000 })
        {
            var (directory, engine) = SampleSite.BuildAndOpen(o =>
            {
                o.CachedAnswers = cached;
                return o;
            });
            using (directory)
            using (engine)
            {
                console.WriteLine(cached == 0 ? "Sample site, answer cache off (every request computed):" : "Sample site, answer cache on (repeated requests answered from it):");
                console.WriteLine(MarkdownTable.Latencies(EngineProbe.Run(engine, settings.Operations, urls)));
            }
        }

        return 0;
    }
}
