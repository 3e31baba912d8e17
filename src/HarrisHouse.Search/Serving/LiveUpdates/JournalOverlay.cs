using HarrisHouse.Search.Content;
using HarrisHouse.Search.Indexing;

namespace HarrisHouse.Search.Serving.LiveUpdates;

/// <summary>
/// What a full reindex does with live changes: each URL's latest change is applied over the source, unless
/// the source's own copy of that item changed after it (then the source was edited since, and wins). So a
/// reindex neither loses an upsert nor brings back a deleted item.
/// </summary>
internal sealed class JournalOverlay(LiveUpdateJournal journal) : IContentOverlay
{
    public OverlaidItems Apply(IReadOnlyList<ContentItem> sourceItems)
    {
        var entries = journal.ReadAll();
        var items = sourceItems.ToDictionary(i => i.Url, StringComparer.Ordinal);
        foreach (var change in LiveUpdateJournal.LatestPerUrl(entries))
        {
            if (items.TryGetValue(change.Url, out var source) && source.Modified > change.AtUtc)
            {
                continue;
            }

            if (change.Kind == LiveUpdateKind.Delete)
            {
                items.Remove(change.Url);
            }
            else if (change.Item is not null)
            {
                items[change.Url] = change.Item;
            }
        }

        var sourceUrls = sourceItems.Select(i => i.Url).ToHashSet(StringComparer.Ordinal);
        var ordered = sourceItems.Where(i => items.ContainsKey(i.Url)).Select(i => items[i.Url])
            .Concat(items.Values.Where(i => !sourceUrls.Contains(i.Url)))
            .ToList();
        return new OverlaidItems(ordered, entries.Count == 0 ? 0 : entries.Max(e => e.Sequence));
    }
}
