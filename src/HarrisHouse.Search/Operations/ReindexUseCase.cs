using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Operations;

/// <summary>What to reindex from, and why (the purpose is written in the lock, for whoever finds it held).</summary>
/// <param name="Strict">Refuse to index anything when an item has a problem or a warning.</param>
public sealed record ReindexRequest(IContentSource Source, string Purpose, bool Strict = false);

/// <summary>
/// The one full reindex, whoever starts it (the API's first start, the admin API, the staff command): the
/// lock, the source, the live changes carried over, the last good version of broken items, the switch, the
/// source's saved state, and (in the process that serves) the refresh and the journal's compaction.
/// </summary>
internal sealed class ReindexUseCase(SearchOptions options, LiveIndex index, ItemEmbedder? embedder, Curation.SynonymSource synonyms)
{
    public ReindexLock Claim(string purpose) => ReindexLock.Acquire(options.FullIndexPath, purpose);

    public async Task<ReindexReport> RunAsync(ReindexRequest request, IProgress<BuildProgress>? progress, ReindexLock? claim, bool serving, CancellationToken cancellationToken)
    {
        var report = await new Reindexer(options.IndexSettings, embedder, synonyms.Current().Set.JoinablePhrases).RunAsync(
            options.FullIndexPath,
            request.Source,
            new ReindexOptions(request.Strict, request.Purpose, index.Overlay),
            progress,
            cancellationToken,
            claim);
        if (!report.Succeeded)
        {
            return report;
        }

        var incremental = request.Source as IIncrementalSource;
        incremental?.SaveState(options.FullIndexPath);
        if (serving && !report.Unchanged)
        {
            // Only the process that appends to the journal may compact it; others let the poll find the switch.
            index.Refresh();
            index.CompactJournal();
        }

        return report with { Source = incremental?.LastRun };
    }
}
