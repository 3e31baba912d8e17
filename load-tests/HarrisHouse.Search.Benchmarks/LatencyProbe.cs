using System.Diagnostics;
using HdrHistogram;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>Per-operation latency of an in-process operation: warm-up, then every call timed into HdrHistogram.</summary>
public static class LatencyProbe
{
    public sealed record Figures(string Name, long Operations, double P50, double P90, double P99, double Max, double Mean, int Collections, double GcPauseMs);

    /// <summary>
    /// The least time spent warming up. The runtime compiles a method's optimised code only after it has run a
    /// while; a query kind the probe has not run before (synonym phrases, say) took 2,000-3,000 calls over ~2 s
    /// to reach its steady time (`detox`: 1.34 ms a call over its first 1,000, 0.21 ms from the 4,000th).
    /// </summary>
    public static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(3);

    public static Figures Measure(string name, int warmUp, int operations, Action<int> operation)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmUp || warming.Elapsed < MinimumWarmUp; i++)
        {
            operation(i);
        }

        var histogram = new LongHistogram(1, TimeSpan.FromSeconds(30).Ticks, 3);
        // Collections and their pauses during the timed calls: what a tail percentile is usually made of.
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        for (var i = 0; i < operations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            operation(i);
            histogram.RecordValue(Math.Max(1, Stopwatch.GetElapsedTime(started).Ticks));
        }

        static double Ms(long ticks) => ticks / (double)TimeSpan.TicksPerMillisecond;
        return new Figures(
            name,
            histogram.TotalCount,
            Ms(histogram.GetValueAtPercentile(50)),
            Ms(histogram.GetValueAtPercentile(90)),
            Ms(histogram.GetValueAtPercentile(99)),
            Ms(histogram.GetMaxValue()),
            histogram.GetMean() / TimeSpan.TicksPerMillisecond,
            GC.CollectionCount(0) - collections,
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
    }
}
