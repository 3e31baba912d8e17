using System.Net;
using Microsoft.Data.Sqlite;

namespace HarrisHouse.Search.Api.Tests.Analytics;

/// <summary>Several instances may share the file: one that finds it locked drops its batch, and searches never notice.</summary>
public sealed class LockedDatabaseTests(AnalyticsApiFactory api) : IClassFixture<AnalyticsApiFactory>
{
    [Fact]
    public async Task A_locked_database_drops_its_batch_and_never_fails_a_search()
    {
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=recovery")).StatusCode);
        Assert.True(api.Flush(), "the file exists and takes a first batch");

        using (var other = new SqliteConnection($"Data Source={api.AnalyticsPath};Pooling=False"))
        {
            other.Open();
            using var exclusive = other.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            exclusive.ExecuteNonQuery();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=recovery")).StatusCode);
            Assert.False(api.Flush(), "a batch written while another instance holds the file is dropped");
            // The file's write-ahead log lets the dashboard read while another instance writes.
            Assert.Equal(HttpStatusCode.OK, (await api.CreateAdminClient().GetAsync("/api/admin/analytics")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=recovery")).StatusCode);
        }

        Assert.True(api.Flush(), "the next batch is written once the file is free");
    }
}

/// <summary>The file as a new service makes it, read by the dashboard at the same moment.</summary>
public sealed class FirstWriteTests
{
    [Fact]
    public async Task A_report_read_while_the_first_batch_makes_the_file_is_empty_or_whole_never_an_error()
    {
        var today = new DateOnly(2026, 12, 1);
        var batch = new HarrisHouse.Search.Analytics.AnalyticsBatch();
        batch.Days[today] = new HarrisHouse.Search.Analytics.DayCounts { Searches = 3 };
        batch.Queries[(today, "detox")] = new HarrisHouse.Search.Analytics.QueryCounts { Searches = 3 };

        // Bounded: 40 fresh files, each written once while reports are read as fast as they can be.
        for (var round = 0; round < 40; round++)
        {
            using var directory = new HarrisHouse.Search.Testing.TemporaryDirectory("analytics-first-write");
            var store = new HarrisHouse.Search.Analytics.AnalyticsStore(new HarrisHouse.Search.Analytics.AnalyticsSettings { Path = directory.Combine("analytics.db"), MinCount = 1 });
            using var written = new CancellationTokenSource();
            var reader = Task.Run(() =>
            {
                var reads = new List<int>();
                while (!written.IsCancellationRequested)
                {
                    reads.Add(store.Read(7, today).Searches);
                }

                return reads;
            });
            store.Write(batch, today);
            await written.CancelAsync();
            var totals = await reader;
            Assert.All(totals, total => Assert.True(total is 0 or 3, $"a report showed {total} searches"));
            Assert.Equal(3, store.Read(7, today).Searches);
        }
    }

    [Fact]
    public void A_damaged_file_is_reported_as_unavailable_for_now_naming_the_cause()
    {
        using var directory = new HarrisHouse.Search.Testing.TemporaryDirectory("analytics-damaged");
        var path = directory.Combine("analytics.db");
        File.WriteAllText(path, "not a database, whatever wrote it");
        var store = new HarrisHouse.Search.Analytics.AnalyticsStore(new HarrisHouse.Search.Analytics.AnalyticsSettings { Path = path });

        var error = Assert.Throws<HarrisHouse.Search.Analytics.AnalyticsUnavailableException>(() => store.Read(7, new DateOnly(2026, 12, 1)));
        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
    }
}
