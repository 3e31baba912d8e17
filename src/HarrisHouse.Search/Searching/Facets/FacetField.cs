using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Searching.Facets;

/// <summary>The facets results can be counted and filtered by.</summary>
internal enum FacetField
{
    Type,
    Category,
    Year,
}

internal static class FacetFields
{
    public static IReadOnlyList<FacetField> All { get; } = Enum.GetValues<FacetField>();

    public static string IndexField(this FacetField facet) => facet switch
    {
        FacetField.Type => IndexSchema.Type,
        FacetField.Category => IndexSchema.Category,
        FacetField.Year => IndexSchema.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };

    public static IReadOnlyList<string> Selected(this FacetField facet, SearchRequest request) => facet switch
    {
        FacetField.Type => request.Types.Select(t => Content.ContentTypes.ToName(t)).ToList(),
        FacetField.Category => request.Categories,
        FacetField.Year => request.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };
}
