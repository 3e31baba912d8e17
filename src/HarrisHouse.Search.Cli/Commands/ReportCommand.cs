using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("What visitors searched: daily counts, top, zero-result and no-click queries, clicks by position.")]
public sealed class ReportCommand(IAnsiConsole console, AnalyticsSettings analytics, OutputFormat format, TimeProvider time)
    : Command<ReportCommand.Settings>
{
    public sealed class Settings : IndexCommandSettings
    {
        [CommandOption("--days <N>")]
        [Description("How many days back from today (UTC), 1 to 366 (default 30).")]
        public string? Days { get; init; }

        internal int DayCount { get; private set; } = AnalyticsReport.DefaultDays;

        public override ValidationResult Validate()
        {
            var (days, error) = AnalyticsReport.ReadDays(Days, "--days");
            if (error is not null)
            {
                return ValidationResult.Error(error);
            }

            DayCount = days;
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var report = new AnalyticsStore(analytics).Read(settings.DayCount, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (settings.Json)
        {
            JsonOutput.Write(console, report);
            return ExitCodes.Success;
        }

        string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
        FittedTable.Write(console, format, $"Searches {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}", [new("Measure"), new("Count", RightAligned: true)],
        [
            ["Searches", N(report.Searches)],
            ["Found nothing", N(report.ZeroResultSearches)],
            ["Showed the emergency notice", N(report.CrisisNotices)],
            ["Typed in Spanish", N(report.SpanishSearches)],
            ["Clicks", N(report.Clicks)],
        ]);
        FittedTable.Write(console, format, $"Top queries (searched at least {analytics.MinCount} times)", [new("Query", ColumnFit.Truncate), new("Searches", RightAligned: true), new("Clicks", RightAligned: true), new("Found nothing", RightAligned: true)],
            [.. report.TopQueries.Select(q => new[] { q.Query, N(q.Searches), N(q.Clicks), N(q.ZeroResults) })]);
        FittedTable.Write(console, format, "Queries that found nothing", [new("Query", ColumnFit.Truncate), new("Times", RightAligned: true)],
            [.. report.ZeroResultQueries.Select(q => new[] { q.Query, N(q.Searches) })]);
        FittedTable.Write(console, format, "Queries nobody clicked a result of", [new("Query", ColumnFit.Truncate), new("Searches", RightAligned: true)],
            [.. report.NoClickQueries.Select(q => new[] { q.Query, N(q.Searches) })]);
        FittedTable.Write(console, format, "Clicks by position", [new("Position", RightAligned: true), new("Clicks", RightAligned: true)],
            [.. report.ClicksByPosition.Select(p => new[] { N(p.Position), N(p.Clicks) })]);
        return ExitCodes.Success;
    }
}
