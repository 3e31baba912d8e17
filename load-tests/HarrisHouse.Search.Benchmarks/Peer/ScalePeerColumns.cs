using System.Globalization;
using System.Text;
using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// The scale curve's comparison with the peer: at each size, the same site-like corpus built and searched by Java
/// Lucene 4.10 right after ours, and both sides' one-word and phrase searches ranked alike (top 100, ours through
/// <c>SearchService.Rank</c>), so each row reads ours beside the peer.
/// </summary>
public sealed class ScalePeerColumns(JavaPeer java, string work, int operations)
{
    private static readonly IReadOnlyList<PeerQueryClass> Classes = PeerQueries.SiteLike();

    private readonly StringBuilder _rows = new(
        "| Items | build docs/s ours / peer | index MB ours / peer (ratio) | ours API RSS MB |"
        + string.Concat(Classes.Select(c => $" {c.Name} p50 / p99 ms ours; peer (p99 ratio) |")) + "\n"
        + "|---:|---:|---:|---:|" + string.Concat(Enumerable.Repeat("---:|", Classes.Count)) + "\n");

    /// <summary>Ours ranked like the peer (top 100, no page of results): measured on the engine the curve opened.</summary>
    public IReadOnlyList<LatencyProbe.Figures> MeasureOurs(SearchEngine engine) =>
        [.. Classes.Select(c => c.MeasureRank(engine, operations))];

    /// <summary>The peer on the same items, after ours is done; one row of the table.</summary>
    public async Task AddAsync(IEnumerable<ContentItem> items, int size, double oursDocsPerSecond, long oursBytes, double oursRss, IReadOnlyList<LatencyProbe.Figures> ours, CancellationToken cancellationToken)
    {
        var data = Path.Combine(work, $"peer-site-{size}");
        var queries = SiteCorpusExport.Write(items, Classes, data);
        var peer = await java.ScaleAsync(data, queries, operations, Path.Combine(work, $"peer-index-{size}"), cancellationToken);
        _rows.Append(CultureInfo.InvariantCulture, $"| {size:N0} | {oursDocsPerSecond:N0} / {peer.DocumentsPerSecond:N0} | {Megabytes(oursBytes):N1} / {Megabytes(peer.IndexBytes):N1} ({(double)oursBytes / peer.IndexBytes:0.00}) | {oursRss:N0} |");
        foreach (var (kind, figures) in Classes.Zip(ours))
        {
            var theirs = peer.Latency(kind.PeerLatency);
            _rows.Append(CultureInfo.InvariantCulture, $" {figures.P50:0.00} / {figures.P99:0.00}; {theirs.P50:0.00} / {theirs.P99:0.00} ({figures.P99 / theirs.P99:0.00}) |");
        }

        _rows.AppendLine();
        Directory.Delete(data, recursive: true);
    }

    public override string ToString() =>
        "Beside the peer (Java Lucene 4.10, the same items, top 100 ids; ours ranked alike, with the site's synonyms; the peer's memory is not measured):\n" + _rows;

    private static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;
}
