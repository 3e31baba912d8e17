using System.Globalization;
using System.Text;
using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Recognises searches that contain an emergency phrase ("overdose", "want to die", "no respira"), so that the
/// results page can put emergency numbers above the results. The phrases live in a text file staff can edit
/// (one per line, '#' comments, English first, Spanish after a line <c>[es]</c>); a change to the file is
/// picked up on the next search. A long word of a phrase also matches with one typo ("sucide", "no respria"),
/// and a phrase of several words also matches run together ("imgoingtokillmyself"): people in a hurry
/// misspell, and a false alarm costs far less than a miss. A line starting with '=' matches only as the whole search.
/// </summary>
internal sealed class CrisisPhrases
{
    /// <summary>One-word phrases at least this long match a word one edit away.</summary>
    private const int TypoMinLength = 6;

    /// <summary>
    /// In a phrase of several words, a word at least this long also matches with two neighbouring letters swapped
    /// ("wnat to die"), the commonest slip of a thumb; the other words keep the short one from matching by chance.
    /// </summary>
    private const int SwapMinLength = 4;

    /// <summary>The phrases file, reread when it changes; null for <see cref="None"/>.</summary>
    private readonly Curation.ReloadingFile<PhraseList>? _file;

    /// <summary>The phrases of the file, and the slips read as the words of these phrases and of the crisis sentences.</summary>
    private sealed record PhraseList(IReadOnlyList<Phrase> Phrases)
    {
        public static PhraseList Empty { get; } = new([]);

        public CrisisSpelling Spelling { get; } = new(Phrases.Select(p => p.Text).Concat(CrisisIntents.Texts));
    }

    /// <param name="Alone">The phrase is the whole search or nothing (a line <c>=narcan</c>): a bare "narcan" may be
    /// a plea, "narcan training" is not.</param>
    private sealed record Phrase(string Text, string Language, bool Alone)
    {
        public string[] Words { get; } = Text.Split(' ');

        /// <summary>The phrase's words run together ("killmyself"), as a hurried thumb types them.</summary>
        public string Joined { get; } = Text.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>A phrase of several words also matches run together inside one typed word when it is at least this long.</summary>
    private const int JoinedMinLength = 8;

    private CrisisPhrases(string? path)
    {
        _file = path is null ? null : new Curation.ReloadingFile<PhraseList>(path, file => new PhraseList(Parse(File.ReadAllLines(file))), PhraseList.Empty);
    }

    public static CrisisPhrases None { get; } = new(null);

    public static CrisisPhrases FromFile(string path) => new(path);

    public int Count => Phrases.Count;

    private PhraseList Current => _file?.Current().Value ?? PhraseList.Empty;

    private IReadOnlyList<Phrase> Phrases => Current.Phrases;

    /// <summary>The words, <see cref="Normalize"/>d, with each slip read as the word meant (<see cref="CrisisSpelling"/>).</summary>
    public string[] ReadSlips(string[] words, Func<string, bool> isSiteWord) => Current.Spelling.Correct(words, isSiteWord);

    /// <summary>
    /// The language of the first phrase a query contains as whole words, or null when it contains none. The query
    /// comes as its words, <see cref="Normalize"/>d (case, accents and punctuation ignored).
    /// </summary>
    public string? Match(IReadOnlyList<string> words)
    {
        // Exact first: "naloxona" is a Spanish phrase as typed before it is an English one with a typo. One pass:
        // most searches match nothing, and a phrase that matches no way at all needs no second, exact look.
        string? firstWithTypo = null;
        foreach (var phrase in Phrases)
        {
            if (Contains(words, phrase, tolerant: true))
            {
                if (Contains(words, phrase, tolerant: false))
                {
                    return phrase.Language;
                }

                firstWithTypo ??= phrase.Language;
            }
        }

        return firstWithTypo;
    }

    /// <summary>
    /// Whether the words hold the phrase's words in a row, each the same or (if long) one typo away, or the
    /// phrase run together inside one word.
    /// </summary>
    private static bool Contains(IReadOnlyList<string> words, Phrase phrase, bool tolerant)
    {
        if (phrase.Alone && words.Count != phrase.Words.Length)
        {
            return false;
        }

        for (var start = 0; start + phrase.Words.Length <= words.Count; start++)
        {
            var all = true;
            for (var k = 0; all && k < phrase.Words.Length; k++)
            {
                var (typed, wanted) = (words[start + k], phrase.Words[k]);
                all = typed == wanted
                    || (tolerant && wanted.Length >= TypoMinLength && OneEditApart(typed, wanted))
                    || (tolerant && phrase.Words.Length > 1 && wanted.Length >= SwapMinLength && WordEdits.NeighboursSwapped(typed, wanted));
            }

            if (all)
            {
                return true;
            }
        }

        return phrase.Words.Length > 1 && phrase.Joined.Length >= JoinedMinLength
            && words.Any(w => w.Length > phrase.Joined.Length && w.Contains(phrase.Joined, StringComparison.Ordinal));
    }

    /// <summary>A phrase longer than this is a paste gone wrong, not something a frightened person types.</summary>
    public const int MaxPhraseLength = 200;

    /// <summary>
    /// What is wrong with a phrases file, each naming its line: a section other than <c>[en]</c> or <c>[es]</c>,
    /// a line with no words (only punctuation), or a phrase longer than <see cref="MaxPhraseLength"/>.
    /// </summary>
    public static IReadOnlyList<(int Line, string Message)> Check(IReadOnlyList<string> lines)
    {
        var problems = new List<(int, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                var language = line.TrimEnd(']')[1..].Trim().ToLowerInvariant();
                if (!line.EndsWith(']') || language is not (QueryLanguage.English or QueryLanguage.Spanish))
                {
                    problems.Add((i + 1, $"'{Shorten(line)}' is not a language section: write [en] or [es] on a line of its own"));
                }
            }
            else if (Normalize(line).Length == 0)
            {
                problems.Add((i + 1, $"'{Shorten(line)}' has no words to match"));
            }
            else if (line.Length > MaxPhraseLength)
            {
                problems.Add((i + 1, $"the phrase is {line.Length} characters long; at most {MaxPhraseLength}"));
            }
        }

        return problems;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "\u2026";

    private static List<Phrase> Parse(IEnumerable<string> lines)
    {
        var phrases = new List<Phrase>();
        var language = QueryLanguage.English;
        foreach (var line in lines.Select(l => l.Split('#')[0].Trim()))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                language = line[1..^1].Trim().ToLowerInvariant();
                continue;
            }

            var alone = line.StartsWith('=');
            var text = Normalize(alone ? line[1..] : line);
            if (text.Length > 0 && !phrases.Any(p => p.Text == text && p.Alone == alone))
            {
                phrases.Add(new Phrase(text, language, alone));
            }
        }

        return phrases;
    }

    /// <summary>Whether two words differ by one edit (<see cref="WordEdits.OneApart"/>), the shorter being long enough for a typo to be read safely.</summary>
    internal static bool OneEditApart(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= TypoMinLength - 1 && WordEdits.OneApart(a, b));

    /// <summary>The words of a text as the phrases are matched against them, <see cref="Normalize"/>d.</summary>
    internal static string[] Words(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Lower case, accents removed, apostrophes dropped ("can’t" is "cant"), other punctuation as spaces. After
    /// "od" an apostrophe parts the words: "she od’d" and "od'ing" name an overdose, where "odd" would not.
    /// </summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextNormalizer.Normalize(text).Normalize(NormalizationForm.FormD))
        {
            if (c == '\'' && EndsWithWord(builder, "od"))
            {
                builder.Append(' ');
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\'')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool EndsWithWord(StringBuilder builder, string word)
    {
        var start = builder.Length - word.Length;
        if (start < 0 || (start > 0 && builder[start - 1] != ' '))
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (builder[start + i] != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
