using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Testing;

/// <summary>
/// Searches in a loop on one or more threads while something else happens (a reindex, a switch, a kill),
/// recording every search that fails or comes back empty. The queries must all have results.
/// </summary>
public sealed class SearchLoad : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers;
    private readonly ConcurrentBag<string> _failures = [];
    private int _requests;

    /// <param name="search">Runs one query; returns why it failed, or null when it answered with results.</param>
    private SearchLoad(Func<string, Task<string?>> search, string[] queries, int threads)
    {
        if (queries.Length == 0)
        {
            throw new ArgumentException("a load needs at least one query", nameof(queries));
        }

        _workers = Enumerable.Range(0, threads).Select(t => Task.Run(async () =>
        {
            for (var i = t; !_stop.IsCancellationRequested; i++)
            {
                var query = queries[i % queries.Length];
                string? failure;
                try
                {
                    failure = await search(query);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failure = $"{ex.GetType().Name}: {ex.Message}";
                }

                Interlocked.Increment(ref _requests);
                if (failure is not null)
                {
                    _failures.Add($"{query}: {failure}");
                }
            }
        })).ToList();
    }

    /// <summary>How many searches have been answered (or failed) so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Searches the API's <c>/api/search</c> through <paramref name="client"/> on four threads.</summary>
    public static SearchLoad OverHttp(HttpClient client, params string[] queries) => new(
        async query =>
        {
            var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"HTTP {(int)response.StatusCode}";
            }

            var result = JsonSerializer.Deserialize<SearchResult>(await response.Content.ReadAsStringAsync(), SearchJson.Options);
            return result is { TotalHits: > 0 } ? null : "no results during a switch";
        },
        queries,
        threads: 4);

    /// <summary>Searches <paramref name="engine"/> directly, on one thread.</summary>
    public static SearchLoad OnEngine(SearchEngine engine, params string[] queries) => new(
        query => Task.FromResult(engine.Search.Search(new SearchRequest { Query = query }).TotalHits > 0 ? null : "no results"),
        queries,
        threads: 1);

    /// <summary>Waits until <paramref name="count"/> more searches have been answered than now.</summary>
    public Task WaitForMoreAsync(int count, string during, TimeSpan? deadline = null)
    {
        var target = Requests + count;
        return Eventually.ValueAsync(() => Requests, n => n >= target, deadline ?? TimeSpan.FromSeconds(30), $"{count} searches to run {during}");
    }

    public async Task<(int Requests, IReadOnlyList<string> Failures)> StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
        return (Requests, _failures.ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
