namespace HarrisHouse.Search.Content;

/// <summary>The kinds of item the site publishes.</summary>
public enum ContentType
{
    Blog,
    Treatment,
    Addiction,
    Page,
}

public static class ContentTypes
{
    public static IReadOnlyList<ContentType> All { get; } = Enum.GetValues<ContentType>();

    /// <summary>The lower-case name used in files, the index and the API (<c>blog</c>, <c>treatment</c>...).</summary>
    public static string ToName(this ContentType type) => type switch
    {
        ContentType.Blog => "blog",
        ContentType.Treatment => "treatment",
        ContentType.Addiction => "addiction",
        ContentType.Page => "page",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string? value, out ContentType type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToName(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static string AllNames => string.Join(" | ", All.Select(t => t.ToName()));
}
