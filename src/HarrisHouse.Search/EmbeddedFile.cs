using System.Reflection;

namespace HarrisHouse.Search;

/// <summary>Text files embedded in the core's assembly (word lists, crisis sentences, classifier weights), by the logical name the project file gives them.</summary>
internal static class EmbeddedFile
{
    /// <summary>The embedded file named <paramref name="name"/>, to read.</summary>
    public static StreamReader Open(string name) =>
        new(Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the assembly"));

    /// <summary>The file's lines, less empty lines and comments (lines starting with '#').</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var reader = Open(name);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
