using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Searching;

/// <summary>
/// The rules for suggest, related and document requests, in one place: the API reports them as problems
/// before calling the engine, and the engine asserts them (a request that breaks them is a caller's bug).
/// </summary>
public static class LookupLimits
{
    public static IReadOnlyList<(string Parameter, string Message)> CheckSuggest(string query, int limit)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(query))
        {
            errors.Add(("q", "q is required: the text typed so far."));
        }
        else if (query.Length > SearchLimits.MaxSuggestQueryLength)
        {
            errors.Add(("q", $"q is {query.Length} characters long; at most {SearchLimits.MaxSuggestQueryLength} are accepted for suggestions."));
        }

        if (limit is < 1 or > SearchLimits.MaxSuggestions)
        {
            errors.Add(("limit", $"limit must be between 1 and {SearchLimits.MaxSuggestions}; it was {limit}."));
        }

        return errors;
    }

    public static IReadOnlyList<(string Parameter, string Message)> CheckRelatedCount(int count) =>
        count is < 1 or > RelatedService.MaxCount ? [("count", $"count must be between 1 and {RelatedService.MaxCount}; it was {count}.")] : [];

    /// <summary>A page's URL as given: required, and a site path.</summary>
    public static IReadOnlyList<(string Parameter, string Message)> CheckUrl(string? url) =>
        string.IsNullOrWhiteSpace(url) ? [("url", "url is required: the site-relative path of the page, such as /treatments/inpatient-detox/.")]
        : SiteUrl.TryNormalize(url, out _, out var error) ? []
        : [("url", $"url is not valid: {error}.")];

    /// <summary>Throws when a request breaks the rules: the caller should have checked them.</summary>
    internal static void Assert(IReadOnlyList<(string Parameter, string Message)> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidSearchRequestException(errors);
        }
    }
}
