using System.Globalization;
using System.Text;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// The comparison table: each figure ours / peer / ratio, with the issue's target beside the ratio. The ratio
/// is always ours / peer; whether that is good depends on the unit (see <see cref="Header"/>).
/// </summary>
public sealed class PeerTable
{
    private readonly List<Row> _rows = [];

    public const string Header =
        "ratio = ours / peer for every row. Throughput (docs/s, queries/s, nDCG): higher is better, so a ratio below 1 " +
        "means ours is slower (0.5: half as fast). Latency (ms) and size (MB): lower is better, so a ratio above 1 means " +
        "ours takes longer or more space (2.0: twice as long).";

    /// <summary>A figure where more is better; <paramref name="atLeast"/> is the target for the ratio.</summary>
    public void Higher(string measure, double ours, double peer, string format, double? atLeast = null) =>
        _rows.Add(new Row(measure, ours, peer, format, atLeast is { } a ? ("≥", a) : null));

    /// <summary>A figure where less is better; <paramref name="atMost"/> is the target for the ratio.</summary>
    public void Lower(string measure, double ours, double peer, string format, double? atMost = null) =>
        _rows.Add(new Row(measure, ours, peer, format, atMost is { } m ? ("≤", m) : null));

    /// <summary>A line across the table, between the figures with targets and those for context.</summary>
    public void Section(string title) => _rows.Add(new Row(title, double.NaN, double.NaN, "", null));

    public string ToMarkdown()
    {
        var text = new StringBuilder("| measure | ours | Java Lucene 4.10 | ratio (ours / peer) | target | |\n|---|---:|---:|---:|---:|---|\n");
        foreach (var row in _rows)
        {
            if (double.IsNaN(row.Ours))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| *{row.Measure}* | | | | | |");
                continue;
            }

            var ratio = row.Ours / row.Peer;
            var target = row.Target is var (sign, value) ? $"{sign} {value.ToString("0.##", CultureInfo.InvariantCulture)}" : "";
            var verdict = row.Target is var (s, v) ? (s == "≥" ? ratio >= v : ratio <= v) ? "met" : "**missed**" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Measure} | {row.Ours.ToString(row.Format, CultureInfo.InvariantCulture)} | {row.Peer.ToString(row.Format, CultureInfo.InvariantCulture)} | {ratio:0.00} | {target} | {verdict} |");
        }

        return text.ToString();
    }

    private sealed record Row(string Measure, double Ours, double Peer, string Format, (string Sign, double Value)? Target);
}
