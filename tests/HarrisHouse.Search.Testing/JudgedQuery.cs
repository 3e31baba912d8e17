using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HarrisHouse.Search.Testing;

/// <summary>Which half of a judged set a query belongs to: every choice is made on Tune, Test is only scored.</summary>
public enum JudgedSplit
{
    Tune,
    Test,
}

/// <summary>
/// A judged query: what was typed, its class, and the URLs that answer it with a grade (2 a right answer,
/// 1 partly relevant). <see cref="Relevant"/> lists every judged URL, best first.
/// </summary>
public sealed record JudgedQuery(string Query, string Class, IReadOnlyList<string> Relevant, JudgedSplit Split = JudgedSplit.Tune)
{
    /// <summary>
    /// The split's seed. Changing it re-deals the halves, so it is fixed once: a query's half depends only on its
    /// own text, never on the file's order or on what else is in the set.
    /// </summary>
    public const string SplitSeed = "harrishouse-judged-2026-12";

    public IReadOnlyDictionary<string, int> Grades { get; init; } = new Dictionary<string, int>();

    public string Persona { get; init; } = "";

    /// <summary>
    /// Whether the query's half was dealt by <see cref="SplitOf"/> (a blind set split in two), rather than set to tune
    /// because it was read while choosing. Only dealt queries compare like for like with the test half.
    /// </summary>
    public bool Dealt { get; init; }

    /// <summary>The half a query falls in: the parity of a hash of the seed and the query.</summary>
    public static JudgedSplit SplitOf(string query) => BucketOf(SplitSeed, query, 2) == 0 ? JudgedSplit.Tune : JudgedSplit.Test;

    /// <summary>
    /// One of <paramref name="buckets"/> for a query, by a hash of a salt and the query (case and surrounding spaces
    /// ignored): fixed by the text alone, as the halves are, and the cross-validation folds within one.
    /// </summary>
    public static int BucketOf(string salt, string query, int buckets) =>
        (int)(BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + query.Trim().ToLowerInvariant()))) % (uint)buckets);

    /// <summary>
    /// Reads the first judgments files: tab-separated query, class and space-separated URLs, best first (every
    /// one a right answer); '#' starts a comment. Their queries were written after seeing results, so all are Tune.
    /// </summary>
    public static IReadOnlyList<JudgedQuery> Load(string path) =>
        Lines(path).Select(parts =>
        {
            var urls = parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new JudgedQuery(parts[0], parts[1], urls) { Grades = urls.Distinct().ToDictionary(u => u, _ => 2) };
        }).ToList();

    /// <summary>
    /// Reads a graded set: query, class, persona and <c>url=grade</c> pairs, tab-separated; each query's half is
    /// <see cref="SplitOf"/>.
    /// </summary>
    public static IReadOnlyList<JudgedQuery> LoadGraded(string path) =>
        Lines(path).Select((parts, line) =>
        {
            if (parts.Length != 4)
            {
                throw new FormatException($"{path}:{line + 1}: expected 4 tab-separated columns, found {parts.Length}");
            }

            var grades = parts[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('='))
                .ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
            var ordered = grades.OrderByDescending(g => g.Value).Select(g => g.Key).ToList();
            return new JudgedQuery(parts[0], parts[1], ordered, SplitOf(parts[0])) { Grades = grades, Persona = parts[2], Dealt = true };
        }).ToList();

    /// <summary>A judgments file's rows: tab-separated columns; blank lines and '#' comments skipped.</summary>
    internal static IEnumerable<string[]> Lines(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line => line.Split('\t'));

    /// <summary>1/rank of the first right answer (grade 2) within the first <paramref name="cutoff"/> results, else 0.</summary>
    public double ReciprocalRank(IReadOnlyList<string> rankedUrls, int cutoff = 10)
    {
        for (var i = 0; i < Math.Min(cutoff, rankedUrls.Count); i++)
        {
            if (Grades.GetValueOrDefault(rankedUrls[i]) >= 2)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>nDCG@<paramref name="cutoff"/> with the grades as gains.</summary>
    public double Ndcg(IReadOnlyList<string> rankedUrls, int cutoff = 10)
    {
        var dcg = rankedUrls.Take(cutoff).Select((url, i) => Grades.GetValueOrDefault(url) / Math.Log2(i + 2)).Sum();
        var ideal = Grades.Values.OrderDescending().Take(cutoff).Select((gain, i) => gain / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
