namespace HarrisHouse.Search.Content;

/// <summary>Suggests the known name a mistyped one was meant to be ("categorys" → "categories").</summary>
public static class NearestName
{
    /// <summary>The closest of <paramref name="known"/>, or null when none is close enough to be a typo.</summary>
    public static string? Find(string typed, IEnumerable<string> known)
    {
        var lowered = typed.ToLowerInvariant();
        var best = known
            .Select(name => (Name: name, Distance: Distance(lowered, name.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();

        // A third of the word may be wrong (at least one edit): "categorys" and "summery" are typos,
        // "colour" is not "url".
        return best.Name is not null && best.Distance <= Math.Max(1, typed.Length / 3) ? best.Name : null;
    }

    /// <summary>"Did you mean" text for a message, or an empty string.</summary>
    public static string Hint(string typed, IEnumerable<string> known) =>
        Find(typed, known) is { } name ? $"; did you mean '{name}'?" : "";

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) between two words.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
