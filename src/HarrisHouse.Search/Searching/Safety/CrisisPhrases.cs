using System.Globalization;
using System.Text;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Recognises searches that signal an emergency ("overdose", "want to die", "help now", "911"), so that the
/// results page can put emergency numbers above the results. The phrases live in a text file staff can edit
/// (one per line, '#' comments); a change to the file is picked up on the next search.
/// </summary>
public sealed class CrisisPhrases
{
    private readonly string? _path;
    private readonly Lock _lock = new();
    private DateTime _loadedWriteTime;
    private IReadOnlyList<string> _phrases;

    private CrisisPhrases(string? path, IReadOnlyList<string> phrases)
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

    public static CrisisPhrases FromLines(IEnumerable<string> lines) => new(null, Parse(lines));

    public int Count => _phrases.Count;

    /// <summary>Whether the query contains one of the phrases as whole words (case, accents and punctuation ignored).</summary>
    public bool Signals(string query)
    {
        ReloadIfChanged();
        var text = " " + Normalize(query) + " ";
        return _phrases.Any(phrase => text.Contains(" " + phrase + " ", StringComparison.Ordinal));
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

    private static List<string> Parse(IEnumerable<string> lines) =>
        lines.Select(l => l.Split('#')[0]).Select(Normalize).Where(p => p.Length > 0).Distinct().ToList();

    /// <summary>Lower case, accents removed, apostrophes dropped ("can't" is "cant"), other punctuation as spaces.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
