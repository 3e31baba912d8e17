using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Searching.Safety;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Suggestions;

/// <summary>
/// A word being typed, matched against the title words it starts ("opi": opioids, opiates), and with one slip
/// forgiven against those a prefix of which it is one edit from ("opoi": opioids). Titles are indexed as their
/// words and their first two letters, not as every prefix of every word: the prefixes were a quarter of the build's
/// time, and the words of a site's titles that three letters or more start are few enough to expand into at each keystroke.
/// </summary>
internal static class TitleWordQuery
{
    /// <summary>Title words a typed start of three letters or more expands to at most, the most frequent first.</summary>
    private const int MaxCompletions = 64;

    /// <summary>Title words a slip expands to at most, as Lucene's fuzzy query kept ten.</summary>
    private const int MaxCorrections = 10;

    /// <summary>How much a word reached through a slip counts against one the typing starts.</summary>
    private const float CorrectionWeight = 0.3f;

    /// <summary>
    /// The field that holds the titles' words: <see cref="IndexSchema.TitleWords"/>, or in a generation built before
    /// it (analysis version 1) every prefix of them, whose terms starting with what is typed match the same titles.
    /// </summary>
    public static string FieldOf(IndexReader reader) =>
        MultiFields.GetTerms(reader, IndexSchema.TitleWords) is null && MultiFields.GetTerms(reader, IndexSchema.TitlePrefix) is not null
            ? IndexSchema.TitlePrefix
            : IndexSchema.TitleWords;

    /// <summary>Titles with a word that starts with <paramref name="typed"/> (or, when <paramref name="forgiveSlip"/>, one edit from it).</summary>
    public static Query For(IndexReader reader, string typed, bool forgiveSlip)
    {
        var field = FieldOf(reader);
        var query = new BooleanQuery(disableCoord: true);
        if (typed.Length <= SiteAnalyzers.LongestWordStart || field == IndexSchema.TitlePrefix)
        {
            // The start is a term of its own (as every start was in older generations).
            query.Add(new TermQuery(new Term(field, typed)), Occur.SHOULD);
        }
        else
        {
            foreach (var (term, _) in PrefixExpansion.MostFrequent(reader, field, typed, MaxCompletions))
            {
                query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        if (forgiveSlip)
        {
            var corrections = OneSlipAway(reader, field, typed)
                .OrderByDescending(t => t.DocFreq)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(MaxCorrections);
            foreach (var (term, _) in corrections)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = CorrectionWeight }, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// The start of title words, as long as <paramref name="typed"/> and at most one substitution or swap from it, that
    /// most titles have ("naloxno": "naloxon"): what was typed corrected for completing phrases. What was typed is
    /// itself a candidate, so a start more titles have than it wins ("inha" → "inpa", as Lucene's fuzzy terms found
    /// it among the prefixes before); null when no title word starts within one edit.
    /// </summary>
    public static string? ClosestPrefix(IndexReader reader, string typed)
    {
        var field = FieldOf(reader);
        var titles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, docFreq) in OneSlipAway(reader, field, typed).Concat(PrefixExpansion.MostFrequent(reader, field, typed, MaxCompletions)))
        {
            if (term.Length >= typed.Length && term[..typed.Length] is var start && (start == typed || WordEdits.OneApart(start, typed)))
            {
                titles[start] = titles.GetValueOrDefault(start) + docFreq;
            }
        }

        return titles.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).FirstOrDefault();
    }

    /// <summary>
    /// Terms not starting with <paramref name="typed"/> but a start of which is one edit from it, its first letter kept
    /// as typed (as Lucene's fuzzy query with a prefix of one did). The terms starting that letter are read in order and
    /// each checked: a Levenshtein automaton followed by any ending took ten times as long to build.
    /// </summary>
    private static List<(string Term, int DocFreq)> OneSlipAway(IndexReader reader, string field, string typed)
    {
        var kept = char.IsHighSurrogate(typed[0]) && typed.Length > 1 ? 2 : 1;
        return typed.Length <= kept
            ? []
            : PrefixExpansion.StartingWith(reader, field, typed[..kept])
                .Where(t => !t.Term.StartsWith(typed, StringComparison.Ordinal) && StartsOneEditFrom(t.Term, typed))
                .ToList();
    }

    /// <summary>Whether a start of <paramref name="term"/> (one letter shorter than what was typed, as long, or one longer) is one edit from it.</summary>
    private static bool StartsOneEditFrom(string term, string typed)
    {
        for (var length = typed.Length - 1; length <= Math.Min(typed.Length + 1, term.Length); length++)
        {
            if (WordEdits.OneApart(term.AsSpan(0, length), typed))
            {
                return true;
            }
        }

        return false;
    }
}
