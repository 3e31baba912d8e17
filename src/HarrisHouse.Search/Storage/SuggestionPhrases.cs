using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using Lucene.Net.Analysis.TokenAttributes;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// Which of the content's short phrases suggestions offer: those used by at least <see cref="MinFrequency"/>
/// items. A phrase of one item only ("naltrexone helped my") is no suggestion on a site of many pages.
/// </summary>
internal static class SuggestionPhrases
{
    /// <summary>From this many items on, a phrase must be used by two of them to be suggested.</summary>
    public const int FrequentFromItems = 50;

    public static int MinFrequency(int items) => items >= FrequentFromItems ? 2 : 1;

    /// <summary>
    /// The <see cref="PhraseHash"/>es of the phrases a new generation of <paramref name="items"/> keeps in its
    /// phrase field, or null for all of them. A full build counts them first and indexes only these: nearly every
    /// two- and three-word phrase of a page is its own, and those were most of the phrase field's terms, a quarter
    /// of the build's allocations, for terms suggestions never read. The phrases kept have the same item counts in
    /// the index as without the cut, so suggestions are unchanged. (Live updates index every phrase of the item
    /// they write: a phrase that only they make frequent is suggested after the next full build.)
    /// </summary>
    public static IReadOnlySet<long>? Frequent(IReadOnlyList<ContentItem> items)
    {
        var minimum = MinFrequency(items.Count);
        if (minimum <= 1)
        {
            return null;
        }

        var counts = new Dictionary<long, int>();
        var ofItem = new HashSet<long>();
        foreach (var item in items.Where(i => i.Searchable))
        {
            ofItem.Clear();
            foreach (var text in IndexSchema.PhraseTexts(item))
            {
                AddPhrases(text, ofItem);
            }

            foreach (var phrase in ofItem)
            {
                counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
            }
        }

        return counts.Where(c => c.Value >= minimum).Select(c => c.Key).ToHashSet();
    }

    private static void AddPhrases(string text, HashSet<long> phrases)
    {
        using var stream = SiteAnalyzers.Phrases.GetTokenStream(IndexSchema.Phrase, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            phrases.Add(PhraseHash.Of(term.Buffer.AsSpan(0, term.Length)));
        }

        stream.End();
    }
}
