namespace HarrisHouse.Search.Curation;

/// <summary>
/// A file staff edit while the service runs (rules, synonyms, crisis phrases), read again when it changes: one
/// look at the file per use, parsed only when its stamp moved, so an edit applies to the next search in every
/// process with no restart. The stamp is also the version remembered answers are keyed by.
/// </summary>
/// <param name="path">The file; missing is a version of its own, read as <paramref name="whenMissing"/>.</param>
/// <param name="read">Parses the file; null keeps the last good value in force (a hand edit that no longer parses).</param>
internal sealed class ReloadingFile<T>(string path, Func<string, T?> read, T whenMissing)
    where T : class
{
    private readonly Lock _lock = new();
    private (long Version, T Value)? _loaded;

    public string Path => path;

    public (long Version, T Value) Current()
    {
        var stamp = Stamp(path);
        if (_loaded is { } loaded && loaded.Version == stamp)
        {
            return loaded;
        }

        lock (_lock)
        {
            if (_loaded is not { } current || current.Version != stamp)
            {
                var value = stamp == 0 ? whenMissing : read(path) ?? _loaded?.Value ?? whenMissing;
                _loaded = current = (stamp, value);
            }

            return current;
        }
    }

    /// <summary>Forgets what was read, for a writer in this process that replaced the file.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _loaded = null;
        }
    }

    /// <summary>The file's write time and length in one number (0 when it is missing): changes with every write.</summary>
    private static long Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.LastWriteTimeUtc.Ticks ^ (file.Length << 1) | 1 : 0;
    }
}
