namespace HarrisHouse.Search.Content;

/// <summary>Something wrong with one item at its source: where it is and which field is at fault.</summary>
/// <param name="Source">The file (or other source location) the item came from.</param>
/// <param name="Line">1-based line in that file, when known.</param>
/// <param name="Field">The front-matter field at fault, or null when the whole item is unreadable.</param>
/// <param name="Message">What is wrong, in words staff can act on.</param>
public sealed record ContentProblem(string Source, int? Line, string? Field, string Message)
{
    /// <summary>
    /// The URL of the item at fault when it could be read despite the problem: a reindex keeps the last good
    /// version of that item rather than dropping it from live search.
    /// </summary>
    public string? Url { get; init; }

    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}:{line}" : Source;
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}
