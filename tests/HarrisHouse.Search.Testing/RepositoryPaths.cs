namespace HarrisHouse.Search.Testing;

/// <summary>Where the repository's sample content lives, found from the test's output directory.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Content => Path.Combine(Root, "index-data", "content");

    public static string Synonyms => Path.Combine(Root, "index-data", "synonyms.txt");

    public static string CrisisPhrases => Path.Combine(Root, "index-data", "crisis-phrases.txt");

    /// <summary>The emergency detector's source folder, where its sentences and the classifier's weights are kept to be embedded.</summary>
    public static string CrisisDetectorSources => Path.Combine(Root, "src", "HarrisHouse.Search", "Searching", "Safety");

    /// <summary>Recorded responses of the live site (WordPress REST API JSON, saved pages), for the stand-ins.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "HarrisHouse.Search.Testing", "Fixtures");

    /// <summary>Looks above the program's own directory first, then above the current directory (tools run from the repository).</summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "HarrisHouse.Search.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"The repository root (with HarrisHouse.Search.sln) was not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
