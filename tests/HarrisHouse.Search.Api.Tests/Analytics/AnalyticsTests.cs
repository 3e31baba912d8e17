using System.Net;
using System.Text;
using System.Text.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;

namespace HarrisHouse.Search.Api.Tests.Analytics;

/// <summary>Searches and beacons become aggregate counts in a real SQLite file; reports show only what is safe to show.</summary>
public sealed class AnalyticsTests(AnalyticsApiFactory api) : IClassFixture<AnalyticsApiFactory>
{
    private const string Agent = "HarrisHouseTestAgent/9.9";
    private const string Address = "203.0.113.77";

    [Fact]
    public async Task Searches_and_clicks_become_daily_counts_and_a_query_searched_fewer_than_min_count_times_is_in_no_report()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Address);
        foreach (var query in Enumerable.Repeat("Detox", 3).Concat(Enumerable.Repeat("zzqqxx vvkk", 3)).Append("my neighbour's detox question").Append("ayuda para mi hijo con el juego"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=detox&page=2")).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/search?q={Uri.EscapeDataString("i want to kill myself")}")).StatusCode);
        }

        await Click(client, "application/json", "detox", "/treatments/inpatient-detox/", 1);
        await Click(client, "text/plain", "detox", "/blog/what-to-expect-during-medical-detox/", 2);
        await Click(client, "text/plain", "i want to kill myself", "/contact/", 1);
        Assert.True(api.Flush(), "the counts were written");

        var report = JsonDocument.Parse(await api.CreateAdminClient().GetStringAsync("/api/admin/analytics?days=1")).RootElement;

        Assert.Equal(11, report.GetProperty("searches").GetInt32());
        Assert.Equal(1, report.GetProperty("spanishSearches").GetInt32());
        // Without the model the crisis searches find nothing too (the site never says "kill"): counted, never listed.
        Assert.Equal(6, report.GetProperty("zeroResultSearches").GetInt32());
        Assert.Equal(3, report.GetProperty("crisisNotices").GetInt32());
        Assert.Equal(3, report.GetProperty("clicks").GetInt32());
        var top = report.GetProperty("topQueries").EnumerateArray().ToDictionary(q => q.GetProperty("query").GetString()!);
        Assert.Equal(["detox", "zzqqxx vvkk"], top.Keys.Order());
        Assert.Equal((3, 2, 0), (top["detox"].GetProperty("searches").GetInt32(), top["detox"].GetProperty("clicks").GetInt32(), top["detox"].GetProperty("zeroResults").GetInt32()));
        Assert.Equal("zzqqxx vvkk", Assert.Single(report.GetProperty("zeroResultQueries").EnumerateArray()).GetProperty("query").GetString());
        Assert.Equal([2, 1], report.GetProperty("clicksByPosition").EnumerateArray().Select(p => p.GetProperty("clicks").GetInt32()));
        Assert.Equal(11, Assert.Single(report.GetProperty("daily").EnumerateArray()).GetProperty("searches").GetInt32());

        var stored = StoredText();
        Assert.Contains("detox", stored, StringComparison.Ordinal);
        Assert.Contains("detox question", stored, StringComparison.Ordinal);
        foreach (var secret in new[] { Address, Agent, "kill myself", "127.0.0.1" })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("application/json", "{\"type\": \"click\", \"query\": \"detox\", \"url\": \"/contact/\"")]
    [InlineData("text/plain", "{\"type\": \"view\", \"query\": \"detox\", \"url\": \"/contact/\", \"position\": 1}")]
    [InlineData("text/plain", "{\"type\": \"click\", \"query\": \"detox\", \"url\": \"/contact/\", \"position\": 0}")]
    [InlineData("application/json", "{\"type\": \"click\", \"query\": \"\", \"url\": \"/contact/\", \"position\": 1}")]
    [InlineData("application/json", "{\"type\": \"click\", \"query\": \"detox\", \"url\": \"javascript:alert(1)\", \"position\": 1}")]
    public async Task A_malformed_event_is_a_400_problem_and_counts_nothing(string contentType, string body)
    {
        var response = await api.CreateClient().PostAsync("/api/events", new StringContent(body, Encoding.UTF8, contentType));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    [InlineData("week")]
    public async Task The_report_rejects_days_out_of_range(string days)
    {
        var response = await api.CreateAdminClient().GetAsync($"/api/admin/analytics?days={days}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_report_needs_the_admin_key()
    {
        await (await api.CreateClient().GetAsync("/api/admin/analytics")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task Click(HttpClient client, string contentType, string query, string url, int position)
    {
        var body = JsonSerializer.Serialize(new { type = "click", query, url, position });
        var response = await client.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>Every byte the database keeps (the file and its write-ahead log), as text.</summary>
    private string StoredText() => string.Concat(
        Directory.EnumerateFiles(Path.GetDirectoryName(api.AnalyticsPath)!)
            .Select(file =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return Encoding.UTF8.GetString(copy.ToArray());
            }));
}
