using System.Globalization;
using System.Text;

namespace HarrisHouse.Search.Benchmarks;

public static class MarkdownTable
{
    public static string Latencies(IEnumerable<LatencyProbe.Figures> figures)
    {
        var text = new StringBuilder("| Operation | Ops | p50 ms | p90 ms | p99 ms | Max ms | Mean ms | GCs | GC pause ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var f in figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {f.Name} | {f.Operations:N0} | {f.P50:0.000} | {f.P90:0.000} | {f.P99:0.000} | {f.Max:0.00} | {f.Mean:0.000} | {f.Collections:N0} | {f.GcPauseMs:0} |");
        }

        return text.ToString();
    }
}
