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

    /// <summary>The same words in ordinal order, for the words a typed start can become; loaded on first use.</summary>
    private static readonly Lazy<string[]> Sorted = new(() => [.. Words.Value.Order(StringComparer.Ordinal)]);

    public static bool Contains(string word) => Words.Value.Contains(word.ToLowerInvariant());

    /// <summary>
    /// The words that start with <paramref name="start"/> (lower case), itself included if it is one; null when there
    /// are more than <paramref name="max"/>, since a start that open says little about the word meant.
    /// </summary>
    public static IReadOnlyList<string>? StartingWith(string start, int max)
    {
        var sorted = Sorted.Value;
        var at = Array.BinarySearch(sorted, start, StringComparer.Ordinal);
        var words = new List<string>();
        for (var i = at < 0 ? ~at : at; i < sorted.Length && sorted[i].StartsWith(start, StringComparison.Ordinal); i++)
        {
            if (words.Count == max)
            {
                return null;
            }

            words.Add(sorted[i]);
        }

        return words;
    }

    private static HashSet<string> Load() => new(EmbeddedFile.Lines(Resource), StringComparer.Ordinal);
}
