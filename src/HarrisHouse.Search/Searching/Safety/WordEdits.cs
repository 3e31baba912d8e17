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

    /// <summary>
    /// Whether two words differ by one slip a thumb makes on a QWERTY keyboard: a letter more or less, two
    /// neighbours swapped, or a letter replaced by one of the keys beside it ("impatient" for "inpatient"), not by a
    /// letter across the keyboard ("prison" is not "poison", "parking" not "packing").
    /// </summary>
    public static bool OneKeySlipApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (!OneApart(a, b))
        {
            return false;
        }

        var i = a.CommonPrefixLength(b);
        var replaced = a.Length == b.Length && !SwappedAt(a, b, i);
        return !replaced || KeysBeside(a[i], b[i]);
    }

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>Whether two letters are keys beside each other on a QWERTY keyboard, in a row or across the rows next to it.</summary>
    private static bool KeysBeside(char a, char b)
    {
        var (rowA, columnA) = KeyAt(a);
        var (rowB, columnB) = KeyAt(b);
        if (rowA < 0 || rowB < 0 || Math.Abs(rowA - rowB) > 1)
        {
            return false;
        }

        // Each row sits about half a key to the right of the one above: a key touches the one above it and the one
        // above and to its right ("n" touches "h" and "j").
        return rowA == rowB ? Math.Abs(columnA - columnB) == 1
            : rowA < rowB ? columnA - columnB is 0 or 1
            : columnB - columnA is 0 or 1;
    }

    private static (int Row, int Column) KeyAt(char letter)
    {
        for (var row = 0; row < KeyboardRows.Length; row++)
        {
            var column = KeyboardRows[row].IndexOf(char.ToLowerInvariant(letter), StringComparison.Ordinal);
            if (column >= 0)
            {
                return (row, column);
            }
        }

        return (-1, -1);
    }

    /// <summary>Whether two words of the same length differ only by two neighbouring letters swapped.</summary>
    public static bool NeighboursSwapped(string a, string b) =>
        a.Length == b.Length && a != b && SwappedAt(a, b, a.AsSpan().CommonPrefixLength(b));

    /// <summary>Whether two words of the same length, alike before <paramref name="i"/>, differ only by the letters at i and i + 1 swapped.</summary>
    private static bool SwappedAt(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int i) =>
        i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]);
}
