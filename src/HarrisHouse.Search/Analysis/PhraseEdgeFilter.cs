using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Keeps only the shingles worth suggesting while someone types: one to three words that neither start nor
/// end with a stop word, a number or a word under three letters ("hope for recovery" yes, "hope for" no).
/// </summary>
internal sealed class PhraseEdgeFilter(TokenStream input) : FilteringTokenFilter(SiteAnalyzers.Version, input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    protected override bool Accept()
    {
        var text = _term.ToString();
        var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
        var first = firstSpace < 0 ? text : text[..firstSpace];
        var last = firstSpace < 0 ? text : text[(text.LastIndexOf(' ') + 1)..];
        return IsEdgeWord(first) && IsEdgeWord(last);
    }

    private static bool IsEdgeWord(string word) =>
        word.Length >= 3 && !SiteAnalyzers.StopWords.Contains(word) && !word.All(char.IsAsciiDigit);
}
