using System.Text.Json;
using System.Text.Json.Nodes;
using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>The staff command's report reads the same SQLite file and prints the admin API's figures.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("cli-report");
    private readonly AnalyticsSettings _analytics;

    public ReportCommandTests()
    {
        _analytics = new AnalyticsSettings { Path = _directory.Combine("analytics.db"), MinCount = 3 };
        var recorder = new AnalyticsRecorder(_analytics, TimeProvider.System);
        for (var i = 0; i < 4; i++)
        {
            recorder.Search("sober living", zeroResults: false, crisisNotice: false);
        }

        recorder.Search("once only", zeroResults: true, crisisNotice: false);
        recorder.Search("ayuda para mi hijo", zeroResults: false, crisisNotice: false, spanish: true);
        recorder.Click("sober living", 1, crisisNotice: false);
        new AnalyticsStore(_analytics).Write(recorder.TakeBatch(), DateOnly.FromDateTime(DateTime.UtcNow));
    }

    public void Dispose() => _directory.Dispose();

    private StaffCommand.Run Run(params string[] args) =>
        StaffCommand.Execute(SampleSite.Options(_directory.Combine("index")), new WebSourceSettings(), _analytics, new OutputFormat(Plain: false), 80, args);

    [Fact]
    public void Report_json_is_the_admin_apis_document()
    {
        var run = Run("report", "--days", "7", "--json");

        Assert.Equal(0, run.ExitCode);
        var expected = JsonNode.Parse(JsonSerializer.Serialize(new AnalyticsStore(_analytics).Read(7, DateOnly.FromDateTime(DateTime.UtcNow)), SearchJson.Options));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(run.Output)), run.Output);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(6, report.GetProperty("searches").GetInt32());
        Assert.Equal(1, report.GetProperty("spanishSearches").GetInt32());
        Assert.Equal(7, report.GetProperty("daily").GetArrayLength());
        Assert.Equal("sober living", Assert.Single(report.GetProperty("topQueries").EnumerateArray()).GetProperty("query").GetString());
    }

    [Fact]
    public void Report_prints_the_figures_as_tables_without_the_rare_query()
    {
        var run = Run("report");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sober living", run.Output, StringComparison.Ordinal);
        Assert.Contains("Found nothing", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Typed in Spanish\s*│?\s*1\b", run.Output);
        Assert.DoesNotContain("ayuda para mi hijo", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("once only", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    [InlineData("week")]
    public void Report_days_out_of_range_is_a_usage_error_naming_the_option(string days)
    {
        var run = Run("report", "--days", days);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--days", run.Errors, StringComparison.Ordinal);
    }
}
