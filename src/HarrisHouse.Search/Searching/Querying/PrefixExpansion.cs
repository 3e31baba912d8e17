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

    public static IReadOnlyList<(string Term, int DocFreq)> MostFrequent(IndexReader reader, string field, string prefix, int max) =>
        StartingWith(reader, field, prefix)

            // A synonym phrase held as one term is no word to complete to.
            .Where(t => !t.Term.Contains(Analysis.SynonymPhraseFilter.Separator, StringComparison.Ordinal))
            .OrderByDescending(t => t.DocFreq)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(max)
            .ToList();

    /// <summary>The terms of a field that start with a prefix, in the index's order, the first <see cref="MaxTermsScanned"/> at most.</summary>
    public static IEnumerable<(string Term, int DocFreq)> StartingWith(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || prefix.Length == 0)
        {
            yield break;
        }

        var termsEnum = terms.GetEnumerator();
        var prefixBytes = new BytesRef(prefix);
        if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }

        var scanned = 0;
        do
        {
            var term = termsEnum.Term;
            if (!StringHelper.StartsWith(term, prefixBytes) || ++scanned > MaxTermsScanned)
            {
                yield break;
            }

            yield return (term.Utf8ToString(), termsEnum.DocFreq);
        }
        while (termsEnum.MoveNext());
    }
}
