using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace HarrisHouse.Search.Api.Tests.Analytics;

/// <summary>Searches typed in Spanish are a day's count like the others, in files written before they were counted too.</summary>
public sealed class SpanishSearchCountTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    /// <summary>The recorder's clock on <see cref="Today"/>: the batch's day is the one the report reads.</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_file_written_before_spanish_searches_were_counted_keeps_its_days_and_counts_them_from_the_next_batch()
    {
        using var directory = new TemporaryDirectory("analytics-spanish");
        var path = directory.Combine("analytics.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // The schema as it was: no spanish_searches column.
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE day_totals (day TEXT PRIMARY KEY, searches INTEGER NOT NULL, zero_results INTEGER NOT NULL,
                    crisis_notices INTEGER NOT NULL, clicks INTEGER NOT NULL);
                CREATE TABLE query_days (day TEXT NOT NULL, query TEXT NOT NULL, searches INTEGER NOT NULL,
                    zero_results INTEGER NOT NULL, clicks INTEGER NOT NULL, PRIMARY KEY (day, query));
                CREATE TABLE click_positions (day TEXT NOT NULL, position INTEGER NOT NULL, clicks INTEGER NOT NULL,
                    PRIMARY KEY (day, position));
                INSERT INTO day_totals VALUES ('2026-12-02', 7, 1, 0, 2);
                """;
            command.ExecuteNonQuery();
        }

        var settings = new AnalyticsSettings { Path = path, MinCount = 1 };
        var store = new AnalyticsStore(settings);
        var before = store.Read(7, Today);
        Assert.Equal((7, 0), (before.Searches, before.SpanishSearches));

        var recorder = new AnalyticsRecorder(settings, Clock);
        recorder.Search("ayuda para mi hijo", zeroResults: false, crisisNotice: false, spanish: true);
        recorder.Search("mi esposo bebe mucho", zeroResults: false, crisisNotice: false, spanish: true);
        recorder.Search("detox", zeroResults: false, crisisNotice: false);
        var batch = recorder.TakeBatch();
        Assert.Equal(2, batch.Days.Values.Single().SpanishSearches);
        store.Write(batch, Today);
        store.Write(batch, Today);

        var after = store.Read(7, Today);
        Assert.Equal(7 + 6, after.Searches);
        Assert.Equal(4, after.SpanishSearches);
        Assert.Equal(2, after.Clicks);
    }
}
