namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// The words of a search as the <see cref="CrisisClassifier"/> reads them beside its embedding: each word and each pair
/// of adjacent words (<see cref="CrisisPhrases.Words"/>: lower case, no accents or apostrophes), hashed into a fixed
/// number of buckets. One sentence embedding blurs a word that changes everything ("gun", "bridge", "ahorita");
/// weighed on their own, those words count, and the weights are learned on the tune half like the rest.
/// </summary>
internal static class CrisisWords
{
    /// <summary>The distinct buckets of the search's words and pairs, and the value each takes (the same for all: unit length over the words and pairs).</summary>
    public static (int[] Buckets, float Value) Of(string query, int buckets, float scale)
    {
        var words = CrisisPhrases.Words(query);
        if (words.Length == 0 || buckets <= 0)
        {
            return ([], 0f);
        }

        var grams = new HashSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            grams.Add(Bucket(words[i], buckets));
            if (i > 0)
            {
                grams.Add(Bucket(words[i - 1] + " " + words[i], buckets));
            }
        }

        var count = (2 * words.Length) - 1;
        return ([.. grams], scale / MathF.Sqrt(count));
    }

    /// <summary>FNV-1a over the characters: the same bucket on every machine and run, unlike string.GetHashCode.</summary>
    private static int Bucket(string gram, int buckets)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in gram)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (int)(hash % (ulong)buckets);
    }
}
