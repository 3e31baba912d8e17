using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Serving.LiveUpdates;

public enum LiveUpdateKind
{
    Upsert,
    Delete,
}

/// <summary>One change made through the admin API, as written to the journal before it is applied.</summary>
/// <param name="Sequence">Increases by one with every change; orders them.</param>
/// <param name="Kind">Upsert or delete.</param>
/// <param name="Url">The item's site-relative path.</param>
/// <param name="Item">The item, for an upsert.</param>
/// <param name="AtUtc">When the change was received: it beats a source copy of the item older than this.</param>
public sealed record LiveUpdate(long Sequence, LiveUpdateKind Kind, string Url, ContentItem? Item, DateTimeOffset AtUtc);
