namespace HarrisHouse.Search.Searching.Safety;

/// <summary>The slips of a hurried thumb, measured between two words.</summary>
internal static class WordEdits
{
    /// <summary>Whether two different words differ by one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool OneApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.SequenceEqual(b))
        {
            return false;
        }

        var i = a.CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            return SwappedAt(a, b, i) || a[(i + 1)..].SequenceEqual(b[(i + 1)..]);
        }

        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    /// <summary>Whether two words of the same length differ only by two neighbouring letters swapped.</summary>
    public static bool NeighboursSwapped(string a, string b) =>
        a.Length == b.Length && a != b && SwappedAt(a, b, a.AsSpan().CommonPrefixLength(b));

    /// <summary>Whether two words of the same length, alike before <paramref name="i"/>, differ only by the letters at i and i + 1 swapped.</summary>
    private static bool SwappedAt(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int i) =>
        i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]);
}
