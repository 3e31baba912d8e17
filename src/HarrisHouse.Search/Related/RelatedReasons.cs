namespace HarrisHouse.Search.Related;

/// <summary>Says in a few words why an item is in a related list.</summary>
internal static class RelatedReasons
{
    /// <summary>Text similarity above this share of the best match counts as the main reason.</summary>
    private const double StrongText = 0.5;

    public static string Explain(RelatedCandidate candidate, string? subject, IReadOnlyList<string> sharedCategories, IReadOnlyList<string> sharedTags)
    {
        if (subject is not null)
        {
            return $"Same subject: {subject}";
        }

        if (candidate.IsTopicPage && sharedTags.Count > 0)
        {
            return $"Same subject: {sharedTags[0]}";
        }

        if (candidate.TextScore >= StrongText)
        {
            return sharedTags.Count > 0 ? $"Similar text about {sharedTags[0]}" : "Similar text";
        }

        if (sharedCategories.Count > 0)
        {
            return $"Shared category: {sharedCategories[0]}";
        }

        return sharedTags.Count > 0 ? $"Same subject: {sharedTags[0]}" : "Similar text";
    }
}
