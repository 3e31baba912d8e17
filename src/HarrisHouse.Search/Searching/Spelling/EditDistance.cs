namespace HarrisHouse.Search.Searching.Spelling;

/// <summary>
/// The number of slips between two words, counted as Lucene's fuzzy terms count them (insertion, deletion,
/// substitution, and a swap of neighbours as one), for words that are not the index's terms.
/// </summary>
internal static class EditDistance
{
    /// <summary>The edits from <paramref name="a"/> to <paramref name="b"/>, or null when more than <paramref name="max"/>.</summary>
    public static int? Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return null;
        }

        // Optimal string alignment, three rows: the row before the previous is what a swap reads.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > max)
            {
                return null;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length] <= max ? previous[b.Length] : null;
    }
}
