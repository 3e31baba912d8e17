using System.Text;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Typographic punctuation as plain ASCII: a phone types "can’t" and “sober living”, a page may say "can't"
/// and "sober-living"; both must be the same words. Applied to every text before analysis (content and
/// queries through <see cref="SiteAnalyzers"/>, query parsing, query embeddings, crisis detection).
/// </summary>
internal static class TextNormalizer
{
    private static readonly (char From, char To)[] Replacements =
    [
        ('\u2018', '\''), ('\u2019', '\''), ('\u201A', '\''), ('\u201B', '\''), ('\u02BC', '\''), ('\u2032', '\''), ('\u00B4', '\''), ('`', '\''),
        ('\u201C', '"'), ('\u201D', '"'), ('\u201E', '"'), ('\u201F', '"'), ('\u2033', '"'), ('\u00AB', '"'), ('\u00BB', '"'),
        ('\u2010', '-'), ('\u2011', '-'), ('\u2012', '-'), ('\u2013', '-'), ('\u2014', '-'), ('\u2015', '-'), ('\u2212', '-'),
        ('\u00A0', ' '), ('\u2007', ' '), ('\u202F', ' '),
    ];

    private static readonly Dictionary<char, char> ByCharacter = Replacements.ToDictionary(r => r.From, r => r.To);

    public static string Normalize(string text)
    {
        if (!text.AsSpan().ContainsAny(ByCharacterKeys))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Plain(c));
        }

        return builder.ToString();
    }

    /// <summary>The plain character for <paramref name="c"/> (itself when it is plain already).</summary>
    public static char Plain(char c) => ByCharacter.TryGetValue(c, out var plain) ? plain : c;

    /// <summary>Replaces each typographic character of <paramref name="text"/> by its plain one, in place.</summary>
    public static void NormalizeInPlace(Span<char> text)
    {
        for (var i = text.IndexOfAny(ByCharacterKeys); i >= 0; i = text.IndexOfAny(ByCharacterKeys))
        {
            text[i] = ByCharacter[text[i]];
            text = text[(i + 1)..];
        }
    }

    private static readonly System.Buffers.SearchValues<char> ByCharacterKeys = System.Buffers.SearchValues.Create([.. Replacements.Select(r => r.From)]);
}
