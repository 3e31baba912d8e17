namespace HarrisHouse.Search.Semantic;

/// <summary>
/// What an embedding model wants before every query (an instruction, for models trained with one), offered by a
/// generator through <c>GetService</c>; passages are embedded as they are.
/// </summary>
public sealed record QueryPrefix(string Text);
