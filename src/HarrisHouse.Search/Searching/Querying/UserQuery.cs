using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// What a person typed, taken apart: free words, "quoted phrases" and -excluded words or phrases.
/// Nothing of Lucene's query syntax survives: every character is either a separator or text to analyse.
/// </summary>
internal sealed record UserQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Excluded,
    bool LastWordComplete)
{
    /// <summary>
    /// Nothing typed but spaces: the one search that browses. Typed marks that hold no word ("--", an empty pair
    /// of quotes) are not blank: they ask for something, and nothing matches it.
    /// </summary>
    public bool IsBlank { get; init; }

    public int WordCount => Words.Count + Phrases.Sum(CountWords) + Excluded.Sum(CountWords);

    /// <summary>
    /// Typed in Spanish, on a site written in English: its small words are not searched, its words are not respelt
    /// as English ones, and the model reads it as the synonyms render it (<see cref="LexicalQuery.Reading"/>).
    /// Decided once, from the words as typed: a respelt copy (<c>with { Words = … }</c>) keeps the language typed.
    /// </summary>
    public bool IsSpanish { get; } = QueryLanguage.Of([.. Words.Select(QueryLanguage.Fold)], otherwise: QueryLanguage.English) == QueryLanguage.Spanish;

    /// <summary>The free words that are a typed sentence's small words (<see cref="SiteAnalyzers.QuestionWords"/>: my, how, i...).</summary>
    public IEnumerable<string> QuestionWords => Words.Where(word => SiteAnalyzers.QuestionWords.Contains(word.ToLowerInvariant()));

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
