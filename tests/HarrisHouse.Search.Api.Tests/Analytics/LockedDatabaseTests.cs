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
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=recovery")).StatusCode);
        }

        Assert.True(api.Flush(), "the next batch is written once the file is free");
    }
}
