using System.Diagnostics;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Indexing;

/// <summary>
/// A full reindex: takes the reindex lock, reads the source, builds a new generation beside the live one,
/// switches to it atomically and prunes old generations. The live generation is never touched.
/// </summary>
internal sealed class Reindexer(IndexSettings settings, Semantic.ItemEmbedder? embedder = null, IReadOnlySet<string>? synonymPhrases = null)
{
    public async Task<ReindexReport> RunAsync(
        string indexRoot,
        IContentSource source,
        ReindexOptions options,
        IProgress<BuildProgress>? progress,
        CancellationToken cancellationToken,
        ReindexLock? heldLock = null)
    {
        var stopwatch = Stopwatch.StartNew();

        // A caller that must answer "already running" before starting (the admin API) takes the lock itself.
        using var reindexLock = heldLock ?? ReindexLock.Acquire(indexRoot, options.Purpose);
        var store = new GenerationStore(indexRoot);
        store.RemoveAbandonedBuilds();

        var reading = new Progress<int>(n => progress?.Report(new BuildProgress(BuildStage.Reading, n, 0)));
        var snapshot = await source.LoadAsync(reading, cancellationToken);
        if (options.Strict && snapshot.Problems.Count + snapshot.Warnings.Count > 0)
        {
            return Failed(snapshot, stopwatch, $"{snapshot.Problems.Count} problem(s) and {snapshot.Warnings.Count} warning(s) in the content and --strict was given; nothing was indexed");
        }

        if (snapshot.Items.Count == 0)
        {
            return Failed(snapshot, stopwatch, $"no valid items were found in {source.Description}; the live index was left as it is");
        }

        if (source is IIncrementalSource { LastRun.NothingChanged: true } && store.Current() is { } live)
        {
            return Unchanged(live, stopwatch);
        }

        // A broken file must not take its page out of live search: its last good version stays until it is fixed.
        var lastGood = LastGoodVersions(indexRoot, snapshot);
        var sourceItems = lastGood.Count == 0 ? snapshot.Items : [.. snapshot.Items, .. lastGood];
        var items = options.Overlay?.Apply(sourceItems) ?? new OverlaidItems(sourceItems, 0);
        var origin = new GenerationOrigin(source.Description, snapshot.Problems.Count, items.Sequence);
        var generation = new GenerationBuilder(settings, embedder, synonymPhrases).Build(store, items.Items, origin, progress, cancellationToken);
        store.SwitchTo(generation);
        var removed = store.Prune(settings.KeepGenerations);
        return new ReindexReport(
            generation,
            generation.Manifest.DocumentsByType,
            snapshot.Problems,
            stopwatch.Elapsed,
            generation.SizeInBytes(),
            removed,
            Succeeded: true,
            FailureReason: null)
        {
            Warnings = snapshot.Warnings,
            KeptFromLive = lastGood.Select(i => i.Url).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static List<ContentItem> LastGoodVersions(string indexRoot, ContentSnapshot snapshot)
    {
        var read = snapshot.Items.Select(i => i.Url).ToHashSet(StringComparer.Ordinal);
        var broken = snapshot.Problems.Select(p => p.Url).OfType<string>().Where(url => !read.Contains(url)).ToHashSet(StringComparer.Ordinal);
        return GenerationContents.Find(indexRoot, broken).Values.ToList();
    }

    /// <summary>The source found nothing new: the live generation stays, and no rollback point is pushed out by a copy of it.</summary>
    private static ReindexReport Unchanged(GenerationInfo live, Stopwatch stopwatch) =>
        new(live, live.Manifest.DocumentsByType, [], stopwatch.Elapsed, live.SizeInBytes(), [], Succeeded: true, FailureReason: null)
        {
            Unchanged = true,
        };

    private static ReindexReport Failed(ContentSnapshot snapshot, Stopwatch stopwatch, string reason) =>
        new(null, CountByType(snapshot.Items), snapshot.Problems, stopwatch.Elapsed, 0, [], Succeeded: false, reason)
        {
            Warnings = snapshot.Warnings,
        };

    private static Dictionary<string, int> CountByType(IReadOnlyList<ContentItem> items) =>
        ContentTypes.All.ToDictionary(t => t.ToName(), t => items.Count(i => i.Type == t));
}

internal sealed record ReindexOptions(bool Strict = false, string Purpose = "reindex", IContentOverlay? Overlay = null);

/// <summary>
/// Changes made outside the source (live updates through the admin API) that a full reindex must carry
/// over, so that it neither loses an upsert nor resurrects a delete.
/// </summary>
internal interface IContentOverlay
{
    OverlaidItems Apply(IReadOnlyList<ContentItem> sourceItems);
}

/// <param name="Items">The source's items with the live changes applied.</param>
/// <param name="Sequence">The last live change included.</param>
internal sealed record OverlaidItems(IReadOnlyList<ContentItem> Items, long Sequence);
