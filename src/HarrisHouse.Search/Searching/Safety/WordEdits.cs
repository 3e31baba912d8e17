namespace HarrisHouse.Search.Searching.Safety;

/// <summary>The slips of a hurried thumb, measured between two words.</summary>
internal static class WordEdits
{
    /// <summary>Whether two different words differ by one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool OneApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = a.AsSpan().CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            return SwappedAt(a, b, i) || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>Whether two words of the same length differ only by two neighbouring letters swapped.</summary>
    public static bool NeighboursSwapped(string a, string b) =>
        a.Length == b.Length && a != b && SwappedAt(a, b, a.AsSpan().CommonPrefixLength(b));

    /// <summary>Whether two words of the same length, alike before <paramref name="i"/>, differ only by the letters at i and i + 1 swapped.</summary>
    private static bool SwappedAt(string a, string b, int i) =>
        i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
}
