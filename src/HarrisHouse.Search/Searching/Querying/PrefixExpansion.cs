using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// The most frequent terms of a field that start with a prefix. Lucene's own prefix rewrites keep terms in
/// alphabetical order when cut short; people typing "fen" mean the common word, so this keeps the frequent ones.
/// </summary>
internal static class PrefixExpansion
{
    /// <summary>Terms examined at most per lookup, so a one-letter prefix on a big index stays cheap.</summary>
    private const int MaxTermsScanned = 5_000;

    public static IReadOnlyList<(string Term, int DocFreq)> MostFrequent(IndexReader reader, string field, string prefix, int max)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || prefix.Length == 0)
        {
            return [];
        }

        var termsEnum = terms.GetEnumerator();
        var prefixBytes = new BytesRef(prefix);
        if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var best = new List<(string Term, int DocFreq)>();
        var scanned = 0;
        do
        {
            var term = termsEnum.Term;
            if (!StringHelper.StartsWith(term, prefixBytes) || ++scanned > MaxTermsScanned)
            {
                break;
            }

            // A synonym phrase held as one term is no word to complete to.
            var text = term.Utf8ToString();
            if (!text.Contains(Analysis.SynonymPhraseFilter.Separator, StringComparison.Ordinal))
            {
                best.Add((text, termsEnum.DocFreq));
            }
        }
        while (termsEnum.MoveNext());

        return best.OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal).Take(max).ToList();
    }
}
