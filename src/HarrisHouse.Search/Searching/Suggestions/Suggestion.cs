using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Searching.Suggestions;

public enum SuggestionKind
{
    /// <summary>A page whose title matches what was typed: choosing it goes straight to the page.</summary>
    Page,

    /// <summary>A frequent phrase of the site's content: choosing it searches for it.</summary>
    Phrase,

    /// <summary>
    /// A page the search ranks first for what is typed, its title matching or not ("visiting hours": Contact Us):
    /// choosing it goes straight to the page.
    /// </summary>
    Result,
}

/// <summary>One search-as-you-type completion.</summary>
public sealed record Suggestion(string Text, SuggestionKind Kind, string? Url, ContentType? Type);

/// <summary>
/// Completions for what is typed so far, and whether it already signals an emergency, so that the search box can
/// show the emergency numbers before the visitor submits.
/// </summary>
public sealed record SuggestResult(string Query, IReadOnlyList<Suggestion> Suggestions)
{
    public bool Crisis { get; init; }

    public string? CrisisLanguage { get; init; }
}
