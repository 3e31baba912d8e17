namespace HarrisHouse.Search.Searching;

/// <summary>A request outside the limits; each error names the parameter at fault.</summary>
public sealed class InvalidSearchRequestException(IReadOnlyList<(string Parameter, string Message)> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<(string Parameter, string Message)> Errors { get; } = errors;
}
