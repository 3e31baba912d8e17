namespace HarrisHouse.Search.Analytics;

/// <summary>
/// Counts searches and clicks in memory (a lock held for a few additions: never a wait on storage); a writer
/// takes the batch every few seconds. Only the day is kept, never the time, the address or the browser.
/// </summary>
public sealed class AnalyticsRecorder(AnalyticsSettings settings, TimeProvider time)
{
    private readonly Lock _lock = new();
    private AnalyticsBatch _batch = new();

    public bool Enabled => settings.Enabled;

    /// <param name="crisisNotice">The emergency notice showed: counted in the day's total, the query never stored.</param>
    /// <param name="spanish">The search was typed in Spanish: counted in the day's total only.</param>
    public void Search(string query, bool zeroResults, bool crisisNotice, bool spanish = false)
    {
        var stored = crisisNotice ? null : QueryScrubber.Scrub(query);
        var today = Today();
        Record(batch =>
        {
            var day = batch.Day(today);
            day.Searches++;
            day.ZeroResults += zeroResults ? 1 : 0;
            day.CrisisNotices += crisisNotice ? 1 : 0;
            day.SpanishSearches += spanish ? 1 : 0;
            if (stored is not null)
            {
                var counts = batch.Query(today, stored);
                counts.Searches++;
                counts.ZeroResults += zeroResults ? 1 : 0;
            }
        });
    }

    /// <param name="position">The hit's place in the results, from 1.</param>
    public void Click(string query, int position, bool crisisNotice)
    {
        var stored = crisisNotice ? null : QueryScrubber.Scrub(query);
        var today = Today();
        Record(batch =>
        {
            batch.Day(today).Clicks++;
            batch.Positions[(today, position)] = batch.Positions.GetValueOrDefault((today, position)) + 1;
            if (stored is not null)
            {
                batch.Query(today, stored).Clicks++;
            }
        });
    }

    /// <summary>The counts gathered since the last call; recording goes on into a new batch.</summary>
    public AnalyticsBatch TakeBatch()
    {
        lock (_lock)
        {
            var taken = _batch;
            _batch = new AnalyticsBatch();
            return taken;
        }
    }

    private void Record(Action<AnalyticsBatch> add)
    {
        if (!settings.Enabled)
        {
            return;
        }

        lock (_lock)
        {
            add(_batch);
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
