using System.Reflection;

namespace HarrisHouse.Search.Searching.Spelling;

/// <summary>
/// Real English words (<c>english-words.txt</c>, from SCOWL). A word the site and the model both lack may still
/// be a word the visitor meant ("hungover", "relapsing"): it is searched as typed, never respelt as the site's
/// closest word ("hunger", "relaxing"). Loaded on first use, only where respelling is on.
/// </summary>
internal static class EnglishWords
{
    private const string Resource = "HarrisHouse.Search.Searching.Spelling.english-words.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var reader = new StreamReader(Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in the assembly"));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
