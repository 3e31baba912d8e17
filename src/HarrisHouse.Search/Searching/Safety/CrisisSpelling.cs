namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Reads a frightened person's typos before the emergency check: a typed word that is none of the words the check
/// knows (its intent sentences, counterexamples and the staff's phrases) nor a word of the site, but one slip from
/// one the check knows, is read as that word: "she isnt brething", "want to kil myself", "narcon now". The model reads a misspelt word as a
/// stranger, and the phrase list forgives typos only in long words, so such searches were missed.
/// </summary>
internal sealed class CrisisSpelling
{
    /// <summary>Shorter words are left as typed: two letters are one slip from too many words.</summary>
    public const int MinWordLength = 3;

    private readonly HashSet<string> _known;

    /// <summary>Known words by length, with how often the texts use them: a slip is read as the commonest word it could be.</summary>
    private readonly Dictionary<int, (string Word, int Count)[]> _byLength;

    public CrisisSpelling(IEnumerable<string> texts)
    {
        var counts = texts
            .SelectMany(CrisisPhrases.Words)
            .CountBy(word => word)
            .ToList();
        _known = counts.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        _byLength = counts
            .Where(c => c.Key.Length >= MinWordLength && !c.Key.Any(char.IsDigit))
            .GroupBy(c => c.Key.Length)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ToArray());
    }

    /// <summary>The words with each slip read as the known word it is one edit from; the same array when none is.</summary>
    /// <param name="isSiteWord">Whether the site uses a word: a real word the check does not know ("snorting") is no slip.</param>
    public string[] Correct(string[] words, Func<string, bool> isSiteWord)
    {
        string[]? corrected = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (Closest(words[i]) is { } known && !isSiteWord(words[i]))
            {
                corrected ??= (string[])words.Clone();
                corrected[i] = known;
            }
        }

        return corrected ?? words;
    }

    private string? Closest(string word)
    {
        if (word.Length < MinWordLength || _known.Contains(word) || word.Any(char.IsDigit))
        {
            return null;
        }

        // Two neighbours swapped is the commonest slip ("wnat" is "want" before it is "what"); then the commonest word.
        (string Word, int Count)? best = null;
        foreach (var candidate in _byLength.GetValueOrDefault(word.Length, []))
        {
            if (WordEdits.NeighboursSwapped(word, candidate.Word) && candidate.Count > (best?.Count ?? 0))
            {
                best = candidate;
            }
        }

        var swapped = best is not null;
        for (var length = word.Length - 1; !swapped && length <= word.Length + 1; length++)
        {
            foreach (var candidate in _byLength.GetValueOrDefault(length, []))
            {
                if (candidate.Count > (best?.Count ?? 0) && WordEdits.OneApart(word, candidate.Word))
                {
                    best = candidate;
                }
            }
        }

        return best?.Word;
    }
}
