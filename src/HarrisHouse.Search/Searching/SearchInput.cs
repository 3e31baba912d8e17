using System.Globalization;
using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Searching;

/// <summary>
/// A search as typed into a query string or a command line, every value still text. <see cref="Read"/> is
/// the one place a search request is parsed and checked, for the API and the staff command alike.
/// </summary>
public sealed record SearchInput
{
    public string? Query { get; init; }
    public IReadOnlyList<string>? Types { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public IReadOnlyList<string>? Years { get; init; }
    public string? Sort { get; init; }
    public string? Mode { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }

    /// <summary>"true" searches the words as typed (<see cref="SearchRequest.AsTyped"/>).</summary>
    public string? AsTyped { get; init; }

    /// <summary>The request, or every error at once (each naming its parameter by <paramref name="label"/>), so one try shows them all.</summary>
    public (SearchRequest? Request, IReadOnlyList<(string Parameter, string Message)> Errors) Read(Func<string, string>? label = null)
    {
        var parsing = new ParameterParsing(label);
        var types = new List<ContentType>();
        foreach (var value in Types ?? [])
        {
            if (ContentTypes.TryParse(value, out var type))
            {
                types.Add(type);
            }
            else
            {
                parsing.Add("type", $"{parsing.Label("type")} '{ParameterParsing.Shorten(value)}' is not one of {ContentTypes.AllNames}.");
            }
        }

        var years = new List<int>();
        foreach (var value in Years ?? [])
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
            {
                years.Add(year);
            }
            else
            {
                parsing.Add("year", $"{parsing.Label("year")} must be a four-digit year such as 2024; it was '{ParameterParsing.Shorten(value)}'.");
            }
        }

        var request = new SearchRequest
        {
            Mode = parsing.Choice<SearchMode>("mode", Mode),
            Query = Query ?? "",
            Types = types.Distinct().ToList(),
            Categories = (Categories ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList(),
            Years = years.Distinct().ToList(),
            Sort = parsing.Choice<SearchSort>("sort", Sort) ?? SearchSort.Relevance,
            Page = parsing.Integer("page", Page, 1),
            PageSize = parsing.Integer("pageSize", PageSize, SearchLimits.DefaultPageSize),
            AsTyped = parsing.Boolean("asTyped", AsTyped, defaultValue: false),
        };

        // The limits of the parameters that did parse are reported too.
        var unparsed = parsing.Errors.Select(e => e.Parameter).ToHashSet(StringComparer.Ordinal);
        var errors = parsing.Errors.Concat(SearchLimits.Check(request, label).Where(e => !unparsed.Contains(e.Parameter))).ToList();
        return errors.Count == 0 ? (request, []) : (null, errors);
    }
}
