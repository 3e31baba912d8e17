namespace HarrisHouse.Search.Testing;

/// <summary>A query with the URLs that should come first for it.</summary>
public sealed record JudgedQuery(string Query, string Class, IReadOnlyList<string> Relevant)
{
    /// <summary>Reads a judgments file: tab-separated query, class and space-separated URLs; '#' starts a comment.</summary>
    public static IReadOnlyList<JudgedQuery> Load(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new JudgedQuery(parts[0], parts[1], parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    /// <summary>1/rank of the first relevant URL within the first <paramref name="cutoff"/> results, else 0.</summary>
    public double ReciprocalRank(IReadOnlyList<string> rankedUrls, int cutoff = 10)
    {
        for (var i = 0; i < Math.Min(cutoff, rankedUrls.Count); i++)
        {
            if (Relevant.Contains(rankedUrls[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }
}
