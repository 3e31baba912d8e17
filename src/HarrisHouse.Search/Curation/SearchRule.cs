namespace HarrisHouse.Search.Curation;

/// <summary>How a rule's query is compared with what a visitor typed (both normalised as the search normalises).</summary>
public enum RuleMatch
{
    /// <summary>The whole search is the rule's query.</summary>
    Exact,

    /// <summary>The search contains the rule's query as whole words.</summary>
    Contains,
}

/// <summary>
/// Staff's steer for one query: pinned items come first, in this order, and hidden items never appear.
/// </summary>
public sealed record SearchRule(string Id, string Query, RuleMatch Match, IReadOnlyList<string> Pin, IReadOnlyList<string> Hide)
{
    public const int MaxUrls = 20;
    public const int MaxIdLength = 64;
    public const int MaxQueryLength = 500;
}
