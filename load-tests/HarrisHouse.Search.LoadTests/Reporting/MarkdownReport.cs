using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using HarrisHouse.Search.LoadTests.Runner;

namespace HarrisHouse.Search.LoadTests.Reporting;

/// <summary>The run's Markdown report: one row per scenario and model, with the machine it ran on.</summary>
public static class MarkdownReport
{
    public static string Write(IReadOnlyList<ScenarioResult> results, Churn? churn, string target, string command)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Load test, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}. Target: {target}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `{command}`");
        text.AppendLine();
        text.AppendLine("| Scenario | Model | Load | Requests | Req/s | p50 ms | p90 ms | p99 ms | Max ms | Errors | Statuses |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var statuses = string.Join(", ", r.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Scenario} | {r.Model} | {r.Load} | {r.Requests:N0} | {r.RequestsPerSecond:N0} | {r.Milliseconds(50):0.00} | {r.Milliseconds(90):0.00} | {r.Milliseconds(99):0.00} | {r.MaxMilliseconds:0.0} | {r.Errors} | {statuses} |");
        }

        foreach (var search in results.Where(r => r.Scenario == "search" && r.Model == "closed"))
        {
            var health = results.FirstOrDefault(r => r.Scenario == "health" && r.Model == "closed" && r.Load == search.Load);
            if (health is not null)
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"Search throughput at {search.Load}: {search.RequestsPerSecond:N0} req/s, {100 * search.RequestsPerSecond / health.RequestsPerSecond:0}% of `GET /health/live` ({health.RequestsPerSecond:N0} req/s) in the same run.");
            }
        }

        if (churn is not null)
        {
            var mixed = results.Where(r => r.Scenario == "mixed").ToList();
            var failed = mixed.Sum(r => r.Errors);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Mixed scenario churn: {churn.Upserts} upserts ({churn.UpsertFailures} failed), {churn.ReindexesStarted} full reindexes started, {churn.ReindexesBusy} refused with 409 while one ran, {churn.ReindexFailures} failed. Failed visitor requests: {failed}: **{(failed == 0 && churn.UpsertFailures == 0 && churn.ReindexFailures == 0 ? "PASS" : "FAIL")}**.");
        }

        return text.ToString();
    }
}
