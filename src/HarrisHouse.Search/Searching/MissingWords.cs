using HarrisHouse.Search.Searching.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching;

/// <summary>
/// Which of the search's words each shown hit lacks, as web search engines say "Missing: …". A hit can lack a
/// word when the search needed only most of its words, when no item had them all (the search asked for any), or
/// when it was found by meaning alone. A word counts as present through its synonyms, close spellings and
/// completions, in any searched field: what the search itself would have matched.
/// </summary>
internal static class MissingWords
{
    /// <returns>For each of <paramref name="docs"/>, the words of <paramref name="words"/> it lacks, in the order typed.</returns>
    public static IReadOnlyList<string>[] For(IndexSearcher searcher, IReadOnlyList<WordClause> words, IReadOnlyList<int> docs)
    {
        var missing = new List<string>?[docs.Count];
        // In document order, so one scorer per word and segment moves forward through them all.
        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var word in words)
        {
            var weight = searcher.CreateNormalizedWeight(word.Clause);
            AtomicReaderContext? leaf = null;
            Scorer? scorer = null;
            foreach (var i in order)
            {
                if (leaf is null || docs[i] >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
                {
                    leaf = leaves[ReaderUtil.SubIndex(docs[i], leaves)];
                    scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                }

                var target = docs[i] - leaf.DocBase;
                var at = scorer is null ? DocIdSetIterator.NO_MORE_DOCS : scorer.DocID >= target ? scorer.DocID : scorer.Advance(target);
                if (at != target)
                {
                    (missing[i] ??= []).Add(word.Typed);
                }
            }
        }

        return Array.ConvertAll(missing, m => (IReadOnlyList<string>?)m ?? []);
    }

    /// <summary>
    /// Of the words some shown hit lacks (<paramref name="missing"/>), those no searchable item of the site contains
    /// at all: "no page mentions gambling". Counted over the whole site, not under the filters.
    /// </summary>
    public static IReadOnlyList<string> NowhereOnTheSite(IndexSearcher searcher, IReadOnlyList<WordClause> words, IReadOnlyList<string>[] missing) =>
        words.Where(w => missing.Any(m => m.Contains(w.Typed)) && Ranking.QueryRelaxation.Count(searcher, w.Clause) == 0)
            .Select(w => w.Typed)
            .ToList();
}
