using System.Text.RegularExpressions;

namespace HarrisHouse.Search.Analytics;

/// <summary>
/// What of a query may be stored: folded to lower case and single spaces, with e-mail addresses, phone numbers
/// and street numbers replaced by placeholders before anything is kept.
/// </summary>
public static partial class QueryScrubber
{
    public const int MaxLength = 200;

    /// <summary>The query as stored, or null when nothing is left to store.</summary>
    public static string? Scrub(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var text = query.Normalize().ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        text = Email().Replace(text, "[email]");
        text = Phone().Replace(text, "[phone]");
        text = StreetNumber().Replace(text, "[number] ");
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+")]
    private static partial Regex Email();

    /// <summary>Seven or more digits, with the separators people type between them.</summary>
    [GeneratedRegex(@"\+?\(?\d(?:[\s().-]*\d){6,}")]
    private static partial Regex Phone();

    /// <summary>A number before a word that ends like a street: "4120 Main St", "12 oak avenue".</summary>
    [GeneratedRegex(@"\b\d{1,6}[a-z]?\s+(?=(?:[a-z]+\s+){0,3}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|hwy|highway|pkwy|parkway)\b)")]
    private static partial Regex StreetNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
