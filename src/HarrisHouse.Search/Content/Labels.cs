namespace HarrisHouse.Search.Content;

public static class Labels
{
    /// <summary>
    /// Trims, drops empty values and folds repeats (case-insensitively, keeping the first spelling):
    /// a source may list a category twice, the index must not.
    /// </summary>
    public static IReadOnlyList<string> Fold(IEnumerable<string?> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var raw in values)
        {
            var value = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (value.Length > 0 && seen.Add(value))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
