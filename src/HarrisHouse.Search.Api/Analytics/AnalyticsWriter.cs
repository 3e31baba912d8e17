using HarrisHouse.Search.Analytics;
using Microsoft.Data.Sqlite;

namespace HarrisHouse.Search.Api.Analytics;

/// <summary>
/// Writes the counts gathered in memory every <c>Analytics:FlushSeconds</c> and once more on shutdown, off
/// the request path. A write that fails (a locked or unwritable file) is logged and its batch dropped:
/// analytics never fails or delays a search.
/// </summary>
public sealed partial class AnalyticsWriter(AnalyticsRecorder recorder, AnalyticsStore store, AnalyticsSettings settings, TimeProvider time, ILogger<AnalyticsWriter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.FlushSeconds)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last batch is written by StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (settings.Enabled)
        {
            Flush();
        }
    }

    /// <summary>Writes what was gathered; returns whether it was written.</summary>
    public bool Flush()
    {
        var batch = recorder.TakeBatch();
        try
        {
            store.Write(batch, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            LogDropped(logger, batch.Days.Values.Sum(d => d.Searches), ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search analytics: a batch of {Searches} searches was dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, int searches, string reason);
}
