using System.Reflection;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// The detector's files embedded in the assembly (the intent sentences, the counterexamples, the classifier's
/// weights), named by the project file as this namespace followed by the file's own name.
/// </summary>
internal static class SafetyResources
{
    private const string Namespace = "HarrisHouse.Search.Searching.Safety.";

    /// <summary>The embedded file named <paramref name="file"/>, to read.</summary>
    public static StreamReader Open(string file) => EmbeddedFile.Open(Namespace + file);

    /// <summary>The embedded file's lines, less empty lines and comments (<see cref="EmbeddedFile.Lines"/>).</summary>
    public static IEnumerable<string> Lines(string file) => EmbeddedFile.Lines(Namespace + file);

    /// <summary>The names of the embedded files that start with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> FilesStartingWith(string prefix) =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(name => name.StartsWith(Namespace + prefix, StringComparison.Ordinal))
            .Select(name => name[Namespace.Length..]);
}
