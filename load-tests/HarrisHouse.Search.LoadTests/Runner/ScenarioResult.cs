using System.Collections.Concurrent;
using HdrHistogram;

namespace HarrisHouse.Search.LoadTests.Runner;

/// <summary>What one scenario measured: latencies in microseconds (HdrHistogram) and status counts.</summary>
public sealed class ScenarioResult(string scenario, string model, string load)
{
    private readonly ConcurrentDictionary<string, int> _statuses = new();

    public string Scenario { get; } = scenario;
    public string Model { get; } = model;
    public string Load { get; } = load;
    public LongConcurrentHistogram Latency { get; } = new(1, TimeSpan.FromSeconds(60).Ticks / 10, 3);
    public TimeSpan Duration { get; set; }
    public long Requests => Latency.TotalCount;

    public IReadOnlyDictionary<string, int> Statuses => _statuses;

    public int Errors => _statuses.Where(s => !s.Key.StartsWith('2')).Sum(s => s.Value);

    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    public void Record(TimeSpan latency, string status)
    {
        Latency.RecordValue(Math.Max(1, latency.Ticks / 10));
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public double Milliseconds(double percentile) => Latency.GetValueAtPercentile(percentile) / 1000.0;

    public double MaxMilliseconds => Latency.GetMaxValue() / 1000.0;
}
