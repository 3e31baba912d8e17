namespace HarrisHouse.Search.Searching;

/// <summary>The bounds every search request must stay within; beyond them a request is rejected, not clamped.</summary>
public static class SearchLimits
{
    public const int MaxQueryLength = 500;
    public const int MaxQueryWords = 32;
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>How deep into the ranking pagination may go (page × pageSize).</summary>
    public const int MaxDepth = 1_000;

    public const int MaxFilterValues = 20;
    public const int MaxSuggestQueryLength = 100;
    public const int MaxSuggestions = 8;

    /// <summary>Checks a request; returns each broken rule as (parameter, message).</summary>
    public static IReadOnlyList<(string Parameter, string Message)> Check(SearchRequest request, Func<string, string>? label = null) =>
        Check(request, label, parsed: null);

    /// <param name="parsed">The query already parsed, when the caller has it (it is parsed once per search).</param>
    internal static IReadOnlyList<(string Parameter, string Message)> Check(SearchRequest request, Func<string, string>? label, Querying.UserQuery? parsed)
    {
        string Name(string parameter) => label?.Invoke(parameter) ?? parameter;
        var errors = new List<(string, string)>();
        if (request.Query.Length > MaxQueryLength)
        {
            errors.Add(("q", $"The query is {request.Query.Length} characters long; at most {MaxQueryLength} are accepted."));
        }
        else if ((parsed ?? Querying.UserQueryParser.Parse(request.Query)).WordCount > MaxQueryWords)
        {
            errors.Add(("q", $"The query has more than {MaxQueryWords} words; shorten it."));
        }

        if (request.Page < 1)
        {
            errors.Add(("page", $"{Name("page")} must be 1 or more; it was {request.Page}."));
        }

        if (request.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(("pageSize", $"{Name("pageSize")} must be between 1 and {MaxPageSize}; it was {request.PageSize}."));
        }
        else if (request.Page >= 1 && (long)request.Page * request.PageSize > MaxDepth)
        {
            errors.Add(("page", $"{Name("page")} {request.Page} with {Name("pageSize")} {request.PageSize} goes deeper than the first {MaxDepth} results, the most that can be paged through; refine the search instead."));
        }

        if (request.Types.Count > MaxFilterValues || request.Categories.Count > MaxFilterValues || request.Years.Count > MaxFilterValues)
        {
            errors.Add(("filters", $"At most {MaxFilterValues} values can be given for each of type, category and year."));
        }

        // No item can hold such a category (ContentValidator allows none longer, and labels hold no control
        // characters): the filter could only ever find nothing, so it is the caller's mistake, said as one.
        if (request.Categories.FirstOrDefault(c => c.Length > Content.ContentValidator.MaxLabelLength || c.Any(char.IsControl)) is { } category)
        {
            errors.Add(("category", $"{Name("category")} values are at most {Content.ContentValidator.MaxLabelLength} characters, without control characters; one was {category.Length} characters long{(category.Any(char.IsControl) ? " with a control character" : "")}."));
        }

        return errors;
    }
}
