using Lucene.Net.Analysis;

namespace HarrisHouse.Search.Analysis.Synonyms;

/// <summary>
/// The synonyms in force: the file, reread when it changes (one look at it per search), so that staff's edits
/// apply to the next search with no restart. A file that no longer parses keeps the last good set in force:
/// edits through the admin API are validated before they are written, so only a hand edit can break it.
/// </summary>
internal sealed class SynonymSource
{
    private readonly string _path;
    private readonly Analyzer _analyzer;
    private readonly Lock _lock = new();
    private SynonymSnapshot _current;

    private SynonymSource(string path, Analyzer analyzer, SynonymSnapshot current)
    {
        _path = path;
        _analyzer = analyzer;
        _current = current;
    }

    /// <summary>Synonyms read from <paramref name="path"/>; a file that exists but does not parse is an error at start.</summary>
    public static SynonymSource FromFile(string path, Analyzer analyzer)
    {
        var stamp = Stamp(path);
        var set = stamp == 0 ? SynonymSet.Empty : SynonymSet.Load(path, analyzer);
        return new SynonymSource(path, analyzer, new SynonymSnapshot(stamp, set));
    }

    public SynonymSnapshot Current()
    {
        var stamp = Stamp(_path);
        if (stamp == _current.Version)
        {
            return _current;
        }

        lock (_lock)
        {
            if (stamp != _current.Version)
            {
                try
                {
                    _current = new SynonymSnapshot(stamp, stamp == 0 ? SynonymSet.Empty : SynonymSet.Load(_path, _analyzer));
                }
                catch (Exception ex) when (ex is FormatException or IOException)
                {
                    // Keep serving the last good set; the next change to the file is tried again.
                    _current = _current with { Version = stamp };
                }
            }

            return _current;
        }
    }

    /// <summary>The file's write time and length in one number (0 when it is missing): changes with every write.</summary>
    private static long Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.LastWriteTimeUtc.Ticks ^ (file.Length << 1) | 1 : 0;
    }
}

/// <param name="Version">Identifies this version of the file: part of every remembered answer's key.</param>
/// <param name="Set">The synonyms.</param>
internal sealed record SynonymSnapshot(long Version, SynonymSet Set);
