using System.Globalization;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// The index directory: numbered generations side by side, and a <c>CURRENT</c> file naming the live one.
/// A generation is built under a <c>.partial</c> name, renamed when complete, and only then made current by
/// replacing <c>CURRENT</c> atomically; so no reader ever opens a half-built index.
/// </summary>
internal sealed class GenerationStore
{
    public const string CurrentFileName = "CURRENT";
    public const string PartialSuffix = ".partial";
    private const string Prefix = "gen-";

    public GenerationStore(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public static string NameOf(long number) => Prefix + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Complete generations, oldest first.</summary>
    public IReadOnlyList<GenerationInfo> ListComplete()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var result = new List<GenerationInfo>();
        foreach (var directory in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            if (TryParseNumber(Path.GetFileName(directory), out var number) && GenerationManifest.TryRead(directory) is { } manifest)
            {
                result.Add(new GenerationInfo(number, directory, manifest));
            }
        }

        result.Sort((a, b) => a.Number.CompareTo(b.Number));
        return result;
    }

    /// <summary>The generation <c>CURRENT</c> names, or null when there is none (or it names nothing complete).</summary>
    public GenerationInfo? Current()
    {
        var name = ReadCurrentName();
        if (name is null || !TryParseNumber(name, out var number))
        {
            return null;
        }

        var directory = Path.Combine(Root, name);
        var manifest = GenerationManifest.TryRead(directory);
        return manifest is null ? null : new GenerationInfo(number, directory, manifest);
    }

    public string? ReadCurrentName()
    {
        var path = Path.Combine(Root, CurrentFileName);
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Starts a new generation after every existing one; call only while holding the reindex lock.</summary>
    public PartialGeneration BeginBuild()
    {
        Directory.CreateDirectory(Root);
        RemoveAbandonedBuilds();
        var highest = Directory.EnumerateDirectories(Root, Prefix + "*")
            .Select(d => TryParseNumber(Path.GetFileName(d).Replace(PartialSuffix, "", StringComparison.Ordinal), out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        var number = highest + 1;
        var directory = Path.Combine(Root, NameOf(number) + PartialSuffix);
        Directory.CreateDirectory(directory);
        return new PartialGeneration(number, directory);
    }

    /// <summary>Seals a finished build: writes its manifest, then renames it to its final name.</summary>
    public GenerationInfo Complete(PartialGeneration build, GenerationManifest manifest)
    {
        manifest.WriteTo(build.Directory);
        var final = Path.Combine(Root, NameOf(build.Number));
        Directory.Move(build.Directory, final);
        return new GenerationInfo(build.Number, final, manifest);
    }

    /// <summary>Makes <paramref name="generation"/> the live one, atomically.</summary>
    public void SwitchTo(GenerationInfo generation)
    {
        var path = Path.Combine(Root, CurrentFileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(generation.Name + "\n");
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The complete generation before the current one, which a rollback returns to.</summary>
    public GenerationInfo? PreviousOf(GenerationInfo current) =>
        ListComplete().LastOrDefault(g => g.Number < current.Number);

    /// <summary>Deletes complete generations beyond the newest <paramref name="keep"/>, never the current one.</summary>
    public IReadOnlyList<string> Prune(int keep)
    {
        var currentName = ReadCurrentName();
        var removed = new List<string>();
        var complete = ListComplete();
        foreach (var generation in complete.Take(Math.Max(0, complete.Count - keep)))
        {
            if (generation.Name == currentName)
            {
                continue;
            }

            if (TryDelete(generation.Directory))
            {
                removed.Add(generation.Name);
            }
        }

        return removed;
    }

    /// <summary>Deletes builds left behind by a process that died; call only while holding the reindex lock.</summary>
    public IReadOnlyList<string> RemoveAbandonedBuilds()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories(Root, Prefix + "*" + PartialSuffix))
        {
            if (TryDelete(directory))
            {
                removed.Add(Path.GetFileName(directory));
            }
        }

        return removed;
    }

    private static bool TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool TryParseNumber(string name, out long number)
    {
        number = 0;
        return name.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}

/// <summary>A generation being built; it has no manifest and a name no reader looks at.</summary>
internal sealed record PartialGeneration(long Number, string Directory);
