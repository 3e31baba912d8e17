namespace HarrisHouse.Search.Sources;

/// <summary>
/// A source that remembers where its last run ended (such as the WordPress site's last modification), so
/// that the next run reads only what changed. The reindex saves that state only once its generation is live:
/// a failed run is repeated in full next time.
/// </summary>
public interface IIncrementalSource : IContentSource
{
    /// <summary>What the last <see cref="IContentSource.LoadAsync"/> did, or null before it ran.</summary>
    SourceRun? LastRun { get; }

    /// <summary>Saves what the next run starts from, beside the index under <paramref name="indexRoot"/>.</summary>
    void SaveState(string indexRoot);
}

/// <summary>A source's own account of a run: a sentence for people and the figures for JSON.</summary>
public sealed record SourceRun(string Name, string Summary, IReadOnlyDictionary<string, object?> Details)
{
    /// <summary>
    /// An incremental run found the site exactly as indexed (nothing new, changed or removed, no problem): the
    /// reindex then keeps the live generation rather than making a copy of it, so rollback points are not pushed out.
    /// </summary>
    public bool NothingChanged { get; init; }
}
