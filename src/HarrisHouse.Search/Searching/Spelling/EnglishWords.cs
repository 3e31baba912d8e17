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

    private static HashSet<string> Load() => new(EmbeddedFile.Lines(Resource), StringComparer.Ordinal);
}
