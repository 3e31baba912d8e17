using System.ComponentModel;
using System.Diagnostics;
using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Testing;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>How many searches and clicks a second the analytics recorder absorbs, and how long a batch takes to write.</summary>
[Description("Analytics recorder throughput: events per second on every core, then the write of the batch to SQLite.")]
public sealed class AnalyticsCommand : Command<AnalyticsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--events <N>")]
        [DefaultValue(2_000_000)]
        public int Events { get; init; } = 2_000_000;

        [CommandOption("--queries <N>")]
        [Description("Distinct queries among the events (a day's rows).")]
        [DefaultValue(5_000)]
        public int Queries { get; init; } = 5_000;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var directory = new TemporaryDirectory("analytics-bench");
        var analytics = new AnalyticsSettings { Path = directory.Combine("analytics.db") };
        var recorder = new AnalyticsRecorder(analytics, TimeProvider.System);
        var queries = Enumerable.Range(0, settings.Queries).Select(i => $"query {i} about recovery").ToArray();
        var threads = Environment.ProcessorCount;
        var perThread = settings.Events / threads;

        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, threads, t =>
        {
            for (var i = 0; i < perThread; i++)
            {
                var query = queries[(t * 7919 + i) % queries.Length];
                if (i % 10 == 9)
                {
                    recorder.Click(query, 1 + (i % 10), crisisNotice: false);
                }
                else
                {
                    recorder.Search(query, zeroResults: i % 17 == 0, crisisNotice: false);
                }
            }
        });
        var recording = stopwatch.Elapsed;

        stopwatch.Restart();
        new AnalyticsStore(analytics).Write(recorder.TakeBatch(), DateOnly.FromDateTime(DateTime.UtcNow));
        var writing = stopwatch.Elapsed;

        var events = (double)perThread * threads;
        Console.WriteLine($"| events | threads | recorded in | events/s recorded | batch write ({settings.Queries:N0} queries) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {events:N0} | {threads} | {recording.TotalMilliseconds:N0} ms | {events / recording.TotalSeconds:N0} | {writing.TotalMilliseconds:N0} ms |");
        return 0;
    }
}
