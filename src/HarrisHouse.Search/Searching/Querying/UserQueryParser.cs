using System.Text;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Reads the search box's text the forgiving way a person means it: whitespace separates words, double
/// quotes (straight or curly) make phrases, a leading minus excludes. An unbalanced quote runs to the end;
/// control characters are dropped.
/// </summary>
internal static class UserQueryParser
{
    public static UserQuery Parse(string? raw)
    {
        var text = Clean(Analysis.TextNormalizer.Normalize(raw ?? ""));
        var words = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negate = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negate)
            {
                i++;
            }

            string token;
            bool quoted;
            if (IsQuote(text[i]))
            {
                var end = i + 1;
                while (end < text.Length && !IsQuote(text[end]))
                {
                    end++;
                }

                token = text[(i + 1)..end];
                quoted = true;
                i = Math.Min(text.Length, end + 1);
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsQuote(text[end]))
                {
                    end++;
                }

                token = text[i..end];
                quoted = false;
                i = end;
            }

            token = token.Trim();
            if (token.Length == 0)
            {
                continue;
            }

            if (negate)
            {
                excluded.Add(token);
            }
            else if (quoted)
            {
                phrases.Add(token);
            }
            else
            {
                words.Add(token);
            }
        }

        var lastWordComplete = text.Length == 0 || char.IsWhiteSpace(text[^1]) || IsQuote(text[^1]);
        return new UserQuery(words, phrases, excluded, lastWordComplete) { IsBlank = text.All(char.IsWhiteSpace) };
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    /// <summary>Control characters and lone surrogate halves become spaces; everything else is kept.</summary>
    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                builder.Append(c).Append(raw[++i]);
            }
            else
            {
                builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
