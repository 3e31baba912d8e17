namespace HarrisHouse.Search.Api.Analytics;

/// <summary>A visitor opened a result: what the results widget's beacon sends. Nothing says who.</summary>
/// <param name="Type">Always "click".</param>
/// <param name="Query">The search the result was found by.</param>
/// <param name="Url">The site-relative path of the result opened.</param>
/// <param name="Position">Its place in the results, from 1.</param>
public sealed record ClickEvent(string? Type, string? Query, string? Url, int? Position)
{
    public const string Example = "{\"type\": \"click\", \"query\": \"detox\", \"url\": \"/treatments/inpatient-detox/\", \"position\": 1}";

    public const int MaxPosition = 1_000;
}
