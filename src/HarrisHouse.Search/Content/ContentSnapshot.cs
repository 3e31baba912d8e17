namespace HarrisHouse.Search.Content;

/// <summary>Everything a source could read: the valid items and what was wrong with the others.</summary>
public sealed record ContentSnapshot(IReadOnlyList<ContentItem> Items, IReadOnlyList<ContentProblem> Problems, string Description)
{
    /// <summary>What was read but looks like a mistake (an unknown field): the items are kept; --strict refuses them.</summary>
    public IReadOnlyList<ContentProblem> Warnings { get; init; } = [];

    /// <summary>
    /// Drops the second and later items that claim a URL already taken, reporting each: two files must not
    /// silently overwrite each other in the index.
    /// </summary>
    public static ContentSnapshot WithUniqueUrls(IEnumerable<(ContentItem Item, string Source)> items, IEnumerable<ContentProblem> problems, string description)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = new List<ContentItem>();
        var allProblems = new List<ContentProblem>(problems);
        foreach (var (item, source) in items)
        {
            if (owners.TryGetValue(item.Url, out var owner))
            {
                allProblems.Add(new ContentProblem(source, null, "url", $"'{item.Url}' is already used by {owner}; this item was skipped"));
                continue;
            }

            owners[item.Url] = source;
            unique.Add(item);
        }

        return new ContentSnapshot(unique, allProblems, description);
    }
}
