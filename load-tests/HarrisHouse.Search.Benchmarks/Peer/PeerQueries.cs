using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// One query class as both sides run it: ours' requests, typed as in the search box, and the names the peer
/// prints for the same class (its hits lines by <paramref name="PeerKind"/>, its percentiles by <paramref name="PeerLatency"/>).
/// </summary>
public sealed record PeerQueryClass(string Name, string PeerKind, string PeerLatency, IReadOnlyList<SearchRequest> Requests)
{
    /// <summary>Ours ranked as the peer ranks: the top 100 through <c>SearchService.Rank</c>, no page of results, after the probe's warm-up.</summary>
    public LatencyProbe.Figures MeasureRank(SearchEngine engine, int operations) =>
        LatencyProbe.Measure(Name, 50, operations, i => engine.Search.Rank(Requests[i % Requests.Count], 100));
}

public static class PeerQueries
{
    /// <summary>
    /// The synthetic corpus's queries-scale.tsv (one, two, phrase), as a person would type them: complete (a
    /// trailing space, so no prefix completion), a phrase in quotes. Two words are required together, as the
    /// product requires every word of a query up to three words, and as the peer's AND.
    /// </summary>
    public static IReadOnlyList<PeerQueryClass> Zipf(string queriesFile)
    {
        var byKind = File.ReadLines(queriesFile)
            .Select(l => l.Split('\t'))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Select(p => new SearchRequest { Query = p[1].StartsWith('"') ? p[1] : p[1] + " " }).ToList());
        return
        [
            new("one word", "one", "one", byKind["one"]),
            new("two words (AND)", "two", "two-AND", byKind["two"]),
            new("phrase", "phrase", "phrase", byKind["phrase"]),
        ];
    }

    /// <summary>The scale curve's own one-word and phrase queries (QueryClasses), on the site-like corpus.</summary>
    public static IReadOnlyList<PeerQueryClass> SiteLike() =>
    [
        new("one word", "one", "one", QueryClasses.All["one word"]),
        new("phrase", "phrase", "phrase", QueryClasses.All["phrase"]),
    ];
}
