using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Spelling;

/// <summary>
/// Two words typed as one ("selfcare", "followup"), as a phone's keyboard or a hurried thumb runs them together: the
/// site writes them apart or hyphenated, so no page holds the word typed. Found apart before any close spelling, as
/// Lucene's word-break spell checker finds them beside its edit-distance one.
/// </summary>
/// <param name="bodyTerms">Text as the body's terms (<see cref="Querying.LexicalQueryBuilder.Terms"/>): a split word's halves are looked for side by side there.</param>
internal sealed class RunTogetherWords(Func<string, IReadOnlyList<string>> bodyTerms)
{
    /// <summary>The shortest half of a split word: "followup" is "follow up", "selfcare" never "s elfcare".</summary>
    private const int MinPartLength = 2;

    /// <summary>Longer unknown words are junk, not two words run together: each split costs a phrase lookup.</summary>
    private const int MaxSplitLength = 30;

    /// <summary>
    /// A word typed closed that the site writes open or hyphenated ("selfcare", "sideeffects", "wellbeing"): its two
    /// halves, when some page has them side by side; of several splits, the one the most pages hold. Both halves
    /// alone would be any two site words, which a made-up word often splits into.
    /// </summary>
    public string? Apart(string word, IndexReader reader)
    {
        if (word.Length is < 2 * MinPartLength or > MaxSplitLength)
        {
            return null;
        }

        var searcher = new IndexSearcher(reader);
        string? best = null;
        var bestPages = 0;
        for (var at = MinPartLength; at <= word.Length - MinPartLength; at++)
        {
            // Two term lookups before analysing and a phrase: a junk word of thirty letters has 27 splits.
            var (head, tail) = (word[..at], word[at..]);
            if (!SpellingCorrector.InVocabulary(head, reader) || !SpellingCorrector.InVocabulary(tail, reader))
            {
                continue;
            }

            var apart = $"{head} {tail}";
            if (bodyTerms(apart) is not [var first, var second])
            {
                continue;
            }

            var together = new PhraseQuery { new Term(IndexSchema.Body, first), new Term(IndexSchema.Body, second) };
            var pages = new TotalHitCountCollector();
            searcher.Search(together, pages);
            if (pages.TotalHits > bestPages)
            {
                (best, bestPages) = (apart, pages.TotalHits);
            }
        }

        return best;
    }
}
