namespace HarrisHouse.Search.Analysis.Synonyms;

/// <summary>
/// One rule of the synonyms file after analysis: when the query contains <see cref="Match"/>, it may also be
/// read as any of <see cref="Alternatives"/>. Each phrase is a sequence of analysed terms.
/// </summary>
internal sealed record SynonymRule(IReadOnlyList<string> Match, IReadOnlyList<SynonymPhrase> Alternatives);

/// <summary>
/// A phrase of a synonym rule: its analysed words, and each word's position from the first. A stop word leaves a
/// gap ("continuum of care" is "continuum" at 0 and "care" at 2), as it does in the indexed text, so the phrase
/// must keep it to match there.
/// </summary>
internal sealed record SynonymPhrase(IReadOnlyList<string> Words, IReadOnlyList<int> Positions)
{
    public static SynonymPhrase Of(IReadOnlyList<AnalyzedTerm> terms) =>
        new([.. terms.Select(t => t.Text)], [.. terms.Select(t => t.Position - terms[0].Position)]);

    public string Text => SynonymPhraseFilter.Join(Words);

    /// <summary>
    /// Whether the index can hold the phrase as one term (<see cref="SynonymPhraseFilter"/>): two to four words in a
    /// row. One with a stop word's gap stays a phrase query.
    /// </summary>
    public bool IsJoinable => Words.Count is > 1 and <= SynonymPhraseFilter.MaxWords && Positions.Select((position, i) => position == i).All(inRow => inRow);
}
