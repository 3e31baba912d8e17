namespace HarrisHouse.Search.Storage;

/// <summary>An item's passage vectors, one after the other, each <paramref name="Dimensions"/> long.</summary>
internal readonly record struct PassageVectors(float[] Values, int Dimensions)
{
    public int Count => Dimensions == 0 ? 0 : Values.Length / Dimensions;
}
