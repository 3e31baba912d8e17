using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HarrisHouse.Search.Serving;

/// <summary>
/// Serves the current generation and follows <c>CURRENT</c>: when another process (the staff command, a
/// rollback) switches generations, the new one is opened and verified beside the old one and swapped in;
/// searches in flight finish on the old one. A generation that fails to open is not served: the previous
/// one stays live, and the failure is logged and reported as degraded health.
/// </summary>
internal sealed partial class LiveIndex : IDisposable
{
    private readonly LiveIndexOptions _options;
    private readonly ILogger _logger;
    private readonly GenerationStore _store;
    private readonly WarmingSearcherFactory _searchers;
    private readonly Lock _switchLock = new();
    private readonly ITimer _timer;
    private ServedGeneration? _served;
    private string? _refusedGeneration;
    private string? _problem;
    private bool _disposed;

    public LiveIndex(LiveIndexOptions options, ILogger<LiveIndex>? logger = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _store = new GenerationStore(options.Root);
        _searchers = new WarmingSearcherFactory(options.Similarity, _logger);
        _timer = options.TimeProvider.CreateTimer(_ => Poll(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public LiveIndexOptions Options => _options;

    public GenerationStore Store => _store;

    /// <summary>
    /// Has every searcher served from now on prepared by <paramref name="warm"/> first (<see cref="WarmingSearcherFactory"/>):
    /// a service registers what it builds per segment before <see cref="Start"/>, so that no search waits for it.
    /// </summary>
    public void WarmWith(Action<IndexReader> warm) => _searchers.Add(warm);

    /// <summary>Opens the current generation (if any) and starts following <c>CURRENT</c>.</summary>
    public void Start()
    {
        Refresh();
        _timer.Change(_options.PollInterval, _options.PollInterval);
    }

    /// <summary>Borrows a searcher over the served generation; dispose the lease when done.</summary>
    public SearcherLease Acquire()
    {
        while (true)
        {
            var served = Volatile.Read(ref _served)
                ?? throw new IndexUnavailableException(_problem ?? $"No index has been built in '{_store.Root}' yet.");
            var lease = served.TryLease();
            if (lease is not null)
            {
                return lease;
            }

            // The generation was retired between reading it and leasing it: the next read sees its successor.
        }
    }

    public IndexStatus Status
    {
        get
        {
            var served = Volatile.Read(ref _served);
            if (served is null)
            {
                return IndexStatus.NothingServed(_problem ?? "no index has been built yet");
            }

            var reasons = new[] { _problem, served.ReadOnlyReason }.Where(r => r is not null).ToList();
            return new IndexStatus(
                reasons.Count == 0 ? IndexHealth.Healthy : IndexHealth.Degraded,
                served.Info.Name,
                served.DocumentCount(),
                reasons.Count == 0 ? null : string.Join("; ", reasons));
        }
    }

    /// <summary>
    /// Checks <c>CURRENT</c> now and switches if it names another generation. Returns true when the served
    /// generation changed. Called by the poll timer; callers that just switched generations may call it to
    /// not wait for the next poll.
    /// </summary>
    public bool Refresh()
    {
        lock (_switchLock)
        {
            if (_disposed)
            {
                return false;
            }

            var wanted = _store.ReadCurrentName();
            var served = _served;
            if (wanted is null)
            {
                if (served is null)
                {
                    var fallback = _store.ListComplete().LastOrDefault();
                    return fallback is not null && TrySwitch(fallback, isFallback: true);
                }

                return false;
            }

            if (served?.Info.Name == wanted || wanted == _refusedGeneration)
            {
                return false;
            }

            var generation = _store.Current();
            if (generation is null)
            {
                Refuse(wanted, "it is not a complete generation (no manifest)");
                return served is null && FallBack();
            }

            return TrySwitch(generation, isFallback: false) || (served is null && FallBack());
        }
    }

    private bool FallBack()
    {
        foreach (var candidate in _store.ListComplete().Reverse())
        {
            if (candidate.Name != _refusedGeneration && TrySwitch(candidate, isFallback: true))
            {
                return true;
            }
        }

        return false;
    }

    private bool TrySwitch(GenerationInfo generation, bool isFallback)
    {
        ServedGeneration opened;
        try
        {
            opened = ServedGeneration.Open(generation, _options.Index, _searchers, _options.Writable, _options.VerifyOnOpen);
        }
        catch (Exception ex) when (ex is IOException or Lucene.Net.Index.CorruptIndexException or UnauthorizedAccessException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
        {
            Refuse(generation.Name, $"it could not be opened ({ex.GetType().Name}: {ex.Message})");
            return false;
        }

        try
        {
            OnOpened(opened);
        }
        catch (Exception ex) when (ex is IOException or LiveUpdates.LiveUpdatesUnavailableException or ObjectDisposedException)
        {
            opened.Retire();
            Refuse(generation.Name, $"the live changes could not be replayed onto it ({ex.Message})");
            return false;
        }

        var previous = _served;
        Volatile.Write(ref _served, opened);
        previous?.Retire();
        if (!isFallback)
        {
            _refusedGeneration = null;
            _problem = null;
        }

        LogSwitched(_logger, generation.Name, previous?.Info.Name ?? "(none)", generation.Manifest.DocumentCount);
        return true;
    }

    /// <summary>Hook for work that must happen on a generation before it is served (live updates replay).</summary>
    partial void OnOpened(ServedGeneration opened);

    private void Refuse(string generation, string reason)
    {
        _refusedGeneration = generation;
        var serving = _served?.Info.Name;
        _problem = serving is null
            ? $"generation {generation} was refused: {reason}"
            : $"generation {generation} was refused: {reason}; still serving {serving}";
        LogRefused(_logger, generation, reason, serving ?? "nothing");
    }

    private void Poll()
    {
        try
        {
            Refresh();
        }
        catch (Exception ex)
        {
            LogPollFailed(_logger, ex);
        }
    }

    public void Dispose()
    {
        lock (_switchLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _timer.Dispose();
        var served = Interlocked.Exchange(ref _served, null);
        served?.Retire();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving index generation {Generation} (was {Previous}), {DocumentCount} documents")]
    private static partial void LogSwitched(ILogger logger, string generation, string previous, int documentCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused to serve index generation {Generation}: {Reason}; serving {Serving}")]
    private static partial void LogRefused(ILogger logger, string generation, string reason, string serving);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking for a new index generation failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
