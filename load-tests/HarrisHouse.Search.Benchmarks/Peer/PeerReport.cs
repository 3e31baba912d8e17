using System.Globalization;
using System.Text;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>Everything one comparison measured, both sides; null for a section left out (<c>--only</c>).</summary>
public sealed record PeerResults(
    int Size,
    int Passes,
    NfcorpusIndexing? Indexing,
    NfcorpusQueries? Queries,
    ScaleComparison? Zipf,
    ScaleComparison? SiteLike);

/// <summary>NFCorpus built <c>--passes</c> times by each side: ours on one thread and as shipped, the peer's on one.</summary>
public sealed record NfcorpusIndexing(IReadOnlyList<IndexPass> OursOneThread, IReadOnlyList<IndexPass> OursShipped, IReadOnlyList<IndexPass> Peer);

/// <summary>NFCorpus's test queries run <c>--passes</c> times by each side, and how many documents ours searched.</summary>
public sealed record NfcorpusQueries(IReadOnlyList<QueryPass> Ours, int OursDocuments, IReadOnlyList<QueryPass> Peer);

/// <summary>One scale corpus compared: its query classes and each side's figures.</summary>
public sealed record ScaleComparison(string Label, IReadOnlyList<PeerQueryClass> Classes, OurScale Ours, ScaleRun Peer);

/// <summary>Writes the comparison: every pass, the table with its targets, and whether both sides saw the same data.</summary>
public static class PeerReport
{
    private const double Megabyte = 1024.0 * 1024.0;

    public static string Passes(PeerResults r)
    {
        var text = new StringBuilder($"Every pass (the steady-state window in brackets: {SteadyState.Window(r.Passes)}):\n");
        void Add(string name, IEnumerable<double> values) => text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {SteadyState.Passes(values.ToList(), "0")}");
        if (r.Indexing is { } indexing)
        {
            Add("NFCorpus indexing docs/s, ours, one thread", indexing.OursOneThread.Select(p => p.DocumentsPerSecond));
            Add("NFCorpus indexing docs/s, peer, one thread", indexing.Peer.Select(p => p.DocumentsPerSecond));
            Add($"NFCorpus indexing docs/s, ours as shipped ({Environment.ProcessorCount} threads)", indexing.OursShipped.Select(p => p.DocumentsPerSecond));
        }

        if (r.Queries is { } queries)
        {
            Add("NFCorpus test queries/s, ours", queries.Ours.Select(p => p.QueriesPerSecond));
            Add("NFCorpus test queries/s, peer", queries.Peer.Select(p => p.QueriesPerSecond));
        }

        return text.ToString();
    }

    public static string Table(PeerResults r)
    {
        static double Steady(IEnumerable<double> values) => SteadyState.Of(values.ToList());
        var table = new PeerTable();
        if (r.Indexing is { } indexing)
        {
            var peerIndexing = Steady(indexing.Peer.Select(p => p.DocumentsPerSecond));
            table.Higher("NFCorpus indexing, steady state, one thread each (docs/s)", Steady(indexing.OursOneThread.Select(p => p.DocumentsPerSecond)), peerIndexing, "N0", atLeast: 0.8);
            table.Higher($"the same, as shipped: ours on {Environment.ProcessorCount} threads (the product's default) vs peer 1 thread (docs/s)", Steady(indexing.OursShipped.Select(p => p.DocumentsPerSecond)), peerIndexing, "N0", atLeast: 1.2);
        }

        if (r.Zipf is { } zipf)
        {
            table.Lower($"index size, {zipf.Label} (MB)", zipf.Ours.IndexBytes / Megabyte, zipf.Peer.IndexBytes / Megabyte, "N1", atMost: 2);
        }

        if (r.Queries is { } queries)
        {
            table.Higher("NFCorpus test queries/s, one thread, top 100, steady state", Steady(queries.Ours.Select(p => p.QueriesPerSecond)), Steady(queries.Peer.Select(p => p.QueriesPerSecond)), "N0", atLeast: 0.85);
            table.Higher("NFCorpus test nDCG@10 (same queries, the last pass)", queries.Ours[^1].Ndcg10, queries.Peer[^1].Ndcg10, "0.0000");
        }

        if (r.Zipf is { } zipfLatencies)
        {
            Latencies(table, zipfLatencies, new Dictionary<string, double> { ["one word"] = 2, ["two words (AND)"] = 2.5, ["phrase"] = 1.2 }, "");
        }

        if (r.SiteLike is { } siteLatencies)
        {
            Latencies(table, siteLatencies, new Dictionary<string, double> { ["one word"] = 2, ["phrase"] = 1.2 }, ", the site's synonyms on");
        }

        table.Section("for context, no target");
        if (r.SiteLike is { } site)
        {
            table.Lower($"index size, {site.Label} (MB)", site.Ours.IndexBytes / Megabyte, site.Peer.IndexBytes / Megabyte, "N1");
        }

        foreach (var corpus in Scales(r))
        {
            table.Higher($"{corpus.Label}: one build, ours as shipped vs peer 1 thread (docs/s)", corpus.Ours.DocumentsPerSecond, corpus.Peer.DocumentsPerSecond, "N0");

            // Ours holds the files searches read in memory and reads stored fields positionally (IndexDirectory):
            // between the peer's memory-mapped directory and its NIOFSDirectory, so both are shown.
            foreach (var queryClass in corpus.Classes)
            {
                var niofs = corpus.Peer.Latencies.First(l => l.Store == "niofs" && l.Name == queryClass.PeerLatency && l.Top == 100);
                table.Lower($"{corpus.Label}, {queryClass.Name}, p99 against the peer on NIOFSDirectory (ms)", corpus.Ours.Latencies[queryClass.Name].P99, niofs.P99, "0.000");
            }
        }

        return PeerTable.Header + "\n\n" + table.ToMarkdown();
    }

    private static void Latencies(PeerTable table, ScaleComparison corpus, IReadOnlyDictionary<string, double> p99Targets, string note)
    {
        foreach (var queryClass in corpus.Classes)
        {
            var ours = corpus.Ours.Latencies[queryClass.Name];
            var peer = corpus.Peer.Latency(queryClass.PeerLatency);
            table.Lower($"{corpus.Label}, {queryClass.Name}{note}, p50 (ms)", ours.P50, peer.P50, "0.000");
            table.Lower($"{corpus.Label}, {queryClass.Name}{note}, p99 (ms)", ours.P99, peer.P99, "0.000", atMost: p99Targets.TryGetValue(queryClass.Name, out var target) ? target : null);
        }
    }

    private static IEnumerable<ScaleComparison> Scales(PeerResults r) => new[] { r.Zipf, r.SiteLike }.OfType<ScaleComparison>();

    /// <summary>Both sides' document counts, and each query's total hits: the check that they read the same data.</summary>
    public static string Checks(PeerResults r)
    {
        var text = new StringBuilder("Same data on both sides (documents indexed, queries run):\n\n| data | ours | peer | |\n|---|---:|---:|---|\n");
        void Count(string data, int ours, int peer) => text.AppendLine(CultureInfo.InvariantCulture, $"| {data} | {ours:N0} | {peer:N0} | {(ours == peer ? "same" : "**differs**")} |");
        if (r.Indexing is { } indexing)
        {
            Count("NFCorpus documents (indexing passes)", indexing.OursOneThread[0].Documents, indexing.Peer[0].Documents);
        }

        if (r.Queries is { } queries)
        {
            if (r.Indexing is { } peerIndexed)
            {
                Count("NFCorpus documents in the index searched", queries.OursDocuments, peerIndexed.Peer[0].Documents);
            }

            Count("NFCorpus test queries", queries.Ours[0].Queries, queries.Peer[0].Queries);
        }

        foreach (var corpus in Scales(r))
        {
            Count($"{corpus.Label} documents", corpus.Ours.Documents, corpus.Peer.Documents);
        }

        text.Append("\nTotal hits per query (ours: the same search's total through the search service; peer: TopDocs.totalHits):\n\n| corpus | class | query | ours | peer | |\n|---|---|---|---:|---:|---|\n");
        foreach (var corpus in Scales(r))
        {
            foreach (var queryClass in corpus.Classes)
            {
                // The peer prints a class's hits in the order of its queries file; for two words, AND before OR.
                var peer = corpus.Peer.Hits.Where(h => h.Kind == queryClass.PeerKind).Take(queryClass.Requests.Count).ToList();
                var ours = corpus.Ours.Hits[queryClass.Name];
                for (var i = 0; i < queryClass.Requests.Count; i++)
                {
                    var peerTotal = i < peer.Count ? peer[i].Total : -1;
                    var verdict = peerTotal < 0 ? "**not printed by the peer**"
                        : ours[i] == peerTotal ? "same"
                        : peerTotal == 0 ? "differs" : $"differs ({ours[i] / (double)peerTotal:0.00}×)";
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {corpus.Label} | {queryClass.Name} | `{queryClass.Requests[i].Query.Trim()}` | {ours[i]:N0} | {peerTotal:N0} | {verdict} |");
                }
            }
        }

        text.Append("\nOurs may differ where the product relaxes a query that finds nothing with every word (then any word counts), ")
            .Append("where its stemmer (KStem) and the peer's (Porter) part ways, and where the site's synonyms add words.\n");
        return text.ToString();
    }
}
