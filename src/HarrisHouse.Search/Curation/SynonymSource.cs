using HarrisHouse.Search.Analysis.Synonyms;
using Lucene.Net.Analysis;

namespace HarrisHouse.Search.Curation;

/// <summary>
/// The synonyms in force: the file, reread when it changes, so that staff's edits apply to the next search with
/// no restart. A file that no longer parses keeps the last good set in force: edits through the admin API are
/// checked before they are written, so only a hand edit can break it.
/// </summary>
internal sealed class SynonymSource
{
    private readonly ReloadingFile<SynonymSet> _file;

    private SynonymSource(ReloadingFile<SynonymSet> file)
    {
        _file = file;
    }

    /// <summary>Synonyms read from <paramref name="path"/>; a file that exists but does not parse is an error at start.</summary>
    public static SynonymSource FromFile(string path, Analyzer analyzer)
    {
        // The first read throws on a broken file (the service must not start without its synonyms); later ones keep the last good set.
        var started = false;
        var file = new ReloadingFile<SynonymSet>(path, p => started ? TryLoad(p, analyzer) : SynonymSet.Load(p, analyzer), SynonymSet.Empty);
        file.Current();
        started = true;
        return new SynonymSource(file);
    }

    public SynonymSnapshot Current()
    {
        var (version, set) = _file.Current();
        return new SynonymSnapshot(version, set);
    }

    private static SynonymSet? TryLoad(string path, Analyzer analyzer)
    {
        try
        {
            return SynonymSet.Load(path, analyzer);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            return null;
        }
    }
}

/// <param name="Version">Identifies this version of the file: part of every remembered answer's key.</param>
/// <param name="Set">The synonyms.</param>
internal sealed record SynonymSnapshot(long Version, SynonymSet Set);
