using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// The plurals KStem leaves whole (<c>kstem-plurals.txt</c>), each given its singular's stem before KStem runs, so
/// that "friends" meets "friend" and "years" meets "year". The override marks the word as a keyword, and KStem
/// then leaves it alone.
/// </summary>
internal static class KStemPlurals
{
    private const string Resource = "HarrisHouse.Search.Analysis.kstem-plurals.txt";

    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> Map = new(Load);

    private static TokenStream Before(TokenStream stream) => new StemmerOverrideFilter(stream, Map.Value);

    /// <summary>The text chain's stemming: the plurals' singulars, then KStem for every other word.</summary>
    public static TokenStream ThenKStem(TokenStream stream) => new Lucene.Net.Analysis.En.KStemFilter(Before(stream));

    private static StemmerOverrideFilter.StemmerOverrideMap Load()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var line in EmbeddedFile.Lines(Resource))
        {
            if (line.Split('\t') is [var plural, var stem])
            {
                builder.Add(plural, stem);
            }
        }

        return builder.Build();
    }
}
