namespace HarrisHouse.Search.Curation;

/// <summary>One change staff made to how search behaves, as the journal keeps it.</summary>
/// <param name="Id">Its number in the journal, from 1.</param>
/// <param name="At">When it was made.</param>
/// <param name="Key">Who made it: the admin key's name (<c>Admin:KeyNames</c>, else <c>key 0</c>, ...) or "staff command".</param>
/// <param name="Kind">What it changed: rule, synonyms or crisis-phrases (<see cref="CurationKinds"/>).</param>
/// <param name="Target">The rule's id, or the file's name.</param>
/// <param name="Action">put, delete or undo.</param>
/// <param name="Before">The rule (JSON) or the file's text before it; null when there was none.</param>
/// <param name="After">The same after it; null when it was removed.</param>
public sealed record CurationChange(long Id, DateTimeOffset At, string Key, string Kind, string Target, string Action, string? Before, string? After)
{
    /// <summary>For an undo: the change it undid.</summary>
    public long? Undoes { get; init; }

    /// <summary>A later undo reverted this change.</summary>
    public bool Undone { get; init; }
}

/// <summary>The kinds of <see cref="CurationChange"/>.</summary>
public static class CurationKinds
{
    public const string Rule = "rule";
    public const string Synonyms = "synonyms";
    public const string CrisisPhrases = "crisis-phrases";
}
