namespace HarrisHouse.Search.Analysis.Synonyms;

/// <summary>
/// One rule of the synonyms file after analysis: when the query contains <see cref="Match"/>, it may also be
/// read as any of <see cref="Alternatives"/>. Each phrase is a sequence of analysed terms.
/// </summary>
internal sealed record SynonymRule(IReadOnlyList<string> Match, IReadOnlyList<IReadOnlyList<string>> Alternatives);
