using HarrisHouse.Search.Content;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Serving.LiveUpdates;
using HarrisHouse.Search.Storage;
using Microsoft.Extensions.Logging;

namespace HarrisHouse.Search.Serving;

/// <summary>Live changes: admin upserts and deletes, journaled first, applied to the served generation.</summary>
internal sealed partial class LiveIndex
{
    private LiveUpdateJournal? _journal;
    private LiveUpdateApplier? _applier;
    private long _lastSequence = -1;

    private LiveUpdateJournal Journal => _journal ??= new LiveUpdateJournal(_options.Root);

    private LiveUpdateApplier Applier => _applier ??= new LiveUpdateApplier(
        new Related.RelatedComputer(_options.Index.Related, IndexSchema.CreateAnalyzer(_options.Index.Stemmer)),
        _options.Embedder);

    /// <summary>What a full reindex must apply over the source so that live changes are not lost.</summary>
    public IContentOverlay Overlay => new JournalOverlay(Journal);

    /// <summary>Adds or replaces an item; visible to searches and related lists when this returns.</summary>
    public LiveUpdate Upsert(ContentItem item) => Change(LiveUpdateKind.Upsert, item.Url, item);

    /// <summary>Removes the item at <paramref name="url"/>; null when no such item is served.</summary>
    public LiveUpdate? Delete(string url)
    {
        lock (_switchLock)
        {
            using var lease = Acquire();
            return DocumentLookup.Find(lease.Searcher.IndexReader, url) < 0 ? null : Change(LiveUpdateKind.Delete, url, null);
        }
    }

    /// <summary>Rewrites the journal keeping only the latest change of each URL.</summary>
    public void CompactJournal()
    {
        lock (_switchLock)
        {
            Journal.Compact();
        }
    }

    private LiveUpdate Change(LiveUpdateKind kind, string url, ContentItem? item)
    {
        lock (_switchLock)
        {
            var served = _served ?? throw new LiveUpdatesUnavailableException(_problem ?? "no index is served yet");
            if (served.Writer is null)
            {
                throw new LiveUpdatesUnavailableException(served.ReadOnlyReason ?? "the index is open read-only in this process");
            }

            var entry = Journal.Append(kind, url, item, LastSequence());
            _lastSequence = entry.Sequence;
            Applier.Apply(served, [entry]);
            LogChanged(_logger, kind, url, entry.Sequence, served.Info.Name);
            return entry;
        }
    }

    private long LastSequence()
    {
        if (_lastSequence < 0)
        {
            var entries = Journal.ReadAll();
            _lastSequence = entries.Count == 0 ? 0 : entries.Max(e => e.Sequence);
        }

        return _lastSequence;
    }

    /// <summary>Replays the live changes a generation does not hold yet, before it is served.</summary>
    partial void OnOpened(ServedGeneration opened)
    {
        if (opened.Writer is null)
        {
            return;
        }

        var missing = LiveUpdateJournal.LatestPerUrl(Journal.ReadAll().Where(e => e.Sequence > opened.AppliedSequence)).ToList();
        if (missing.Count > 0)
        {
            Applier.Apply(opened, missing);
            LogReplayed(_logger, missing.Count, opened.Info.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live {Kind} of {Url} (change {Sequence}) applied to {Generation}")]
    private static partial void LogChanged(ILogger logger, LiveUpdateKind kind, string url, long sequence, string generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed {Count} live change(s) onto {Generation} before serving it")]
    private static partial void LogReplayed(ILogger logger, int count, string generation);
}
