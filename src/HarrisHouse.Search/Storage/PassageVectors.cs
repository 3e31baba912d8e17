namespace HarrisHouse.Search.Storage;

/// <summary>
/// An item's passage vectors, one after the other, each <paramref name="Dimensions"/> long. The last
/// <paramref name="PhrasePassages"/> of them embed the item's search phrases: they are stored apart, so that
/// searching compares them but related lists and the crisis check (which compare pages) do not.
/// </summary>
internal readonly record struct PassageVectors(float[] Values, int Dimensions, int PhrasePassages = 0)
{
    public int Count => Dimensions == 0 ? 0 : Values.Length / Dimensions;

    /// <summary>The passages of the item's own text (title, summary, body).</summary>
    public PassageVectors Text => PhrasePassages == 0 ? this : new(Values[..((Count - PhrasePassages) * Dimensions)], Dimensions);

    /// <summary>The passages of its search phrases (none when it has none).</summary>
    public PassageVectors Phrases => new(Values[((Count - PhrasePassages) * Dimensions)..], Dimensions);
}
