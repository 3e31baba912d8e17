using System.Globalization;
using System.Text;
using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Recognises searches that contain an emergency phrase ("overdose", "want to die", "no respira"), so that the
/// results page can put emergency numbers above the results. The phrases live in a text file staff can edit
/// (one per line, '#' comments, English first, Spanish after a line <c>[es]</c>); a change to the file is
/// picked up on the next search. A long one-word phrase also matches with one typo ("sucide", "overdoseing"):
/// people in a hurry misspell, and a false alarm costs far less than a miss.
/// </summary>
public sealed class CrisisPhrases
{
    /// <summary>One-word phrases at least this long match a word one edit away.</summary>
    private const int TypoMinLength = 6;

    private readonly string? _path;
    private readonly Lock _lock = new();
    private DateTime _loadedWriteTime;
    private IReadOnlyList<Phrase> _phrases;

    private sealed record Phrase(string Text, string Language);

    private CrisisPhrases(string? path, IReadOnlyList<Phrase> phrases)
    {
        _path = path;
        _phrases = phrases;
    }

    public static CrisisPhrases None { get; } = new(null, []);

    public static CrisisPhrases FromFile(string path)
    {
        var phrases = new CrisisPhrases(path, []);
        phrases.ReloadIfChanged();
        return phrases;
    }

    public int Count => _phrases.Count;

    /// <summary>
    /// The language of the first phrase a query contains as whole words, or null when it contains none. The query
    /// comes <see cref="Normalize"/>d (case, accents and punctuation ignored) and split into its words.
    /// </summary>
    public string? Match(string normalized, IReadOnlyList<string> words)
    {
        ReloadIfChanged();
        var text = " " + normalized + " ";
        foreach (var phrase in _phrases)
        {
            if (text.Contains(" " + phrase.Text + " ", StringComparison.Ordinal)
                || (phrase.Text.Length >= TypoMinLength && !phrase.Text.Contains(' ') && words.Any(w => OneEditApart(w, phrase.Text))))
            {
                return phrase.Language;
            }
        }

        return null;
    }

    private void ReloadIfChanged()
    {
        if (_path is null)
        {
            return;
        }

        var writeTime = File.Exists(_path) ? File.GetLastWriteTimeUtc(_path) : DateTime.MinValue;
        if (writeTime == _loadedWriteTime)
        {
            return;
        }

        lock (_lock)
        {
            if (writeTime != _loadedWriteTime)
            {
                _phrases = writeTime == DateTime.MinValue ? [] : Parse(File.ReadAllLines(_path));
                _loadedWriteTime = writeTime;
            }
        }
    }

    private static List<Phrase> Parse(IEnumerable<string> lines)
    {
        var phrases = new List<Phrase>();
        var language = CrisisLanguage.English;
        foreach (var line in lines.Select(l => l.Split('#')[0].Trim()))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                language = line[1..^1].Trim().ToLowerInvariant();
                continue;
            }

            var text = Normalize(line);
            if (text.Length > 0 && !phrases.Any(p => p.Text == text))
            {
                phrases.Add(new Phrase(text, language));
            }
        }

        return phrases;
    }

    /// <summary>Whether two words differ by one insertion, deletion, substitution or swap of neighbours.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1 || a.Length < TypoMinLength - 1)
        {
            return a == b;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            var swapped = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
            return swapped || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>Lower case, accents removed, apostrophes dropped ("can’t" is "cant"), other punctuation as spaces.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextNormalizer.Normalize(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\'')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
