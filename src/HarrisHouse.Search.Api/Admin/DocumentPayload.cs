using System.Text.Json;
using System.Text.Json.Serialization;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Markdown;

namespace HarrisHouse.Search.Api.Admin;

/// <summary>One content item as JSON: the fields of a content file's front matter, and its body in Markdown.</summary>
/// <param name="Type">blog, treatment, addiction or page.</param>
/// <param name="Title">The title.</param>
/// <param name="Url">The site-relative path, such as /blog/my-post/.</param>
/// <param name="Summary">One or two sentences.</param>
/// <param name="Categories">Categories; repeats are folded.</param>
/// <param name="Tags">Tags; repeats are folded.</param>
/// <param name="Author">Blog posts: the author.</param>
/// <param name="Date">Blog posts: the publication date, YYYY-MM-DD.</param>
/// <param name="Listing">Whether this is an index or archive page.</param>
/// <param name="Body">The body, in Markdown.</param>
public sealed record DocumentPayload(
    string? Type,
    string? Title,
    string? Url,
    string? Summary,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? Tags,
    string? Author,
    string? Date,
    bool? Listing,
    string? Body)
{
    /// <summary>The fields a document may have: a content file's front matter and the body.</summary>
    public static readonly IReadOnlyList<string> FieldNames = [.. ContentFields.Names, "body"];

    /// <summary>Fields this API does not know, kept to warn about them (a misspelled "categorys" must not vanish in silence).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }

    /// <summary>One sentence per unknown field, naming it and the field it was probably meant to be.</summary>
    public IReadOnlyList<string> Warnings() =>
        (UnknownFields?.Keys ?? Enumerable.Empty<string>())
            .Order(StringComparer.Ordinal)
            .Select(key => $"'{key}' is not a known field and was ignored{NearestName.Hint(key, FieldNames)}")
            .ToList();

    public const string Example = "{\"type\": \"blog\", \"title\": \"...\", \"url\": \"/blog/my-post/\", \"summary\": \"...\", \"categories\": [\"Recovery\"], \"tags\": [\"hope\"], \"author\": \"grant\", \"date\": \"2025-01-06\", \"body\": \"Markdown...\"}";

    /// <summary>Validates the item exactly as a file of the content folder would be.</summary>
    public (ContentItem? Item, IReadOnlyList<ContentProblem> Problems) Validate()
    {
        var (text, headings) = MarkdownText.Render(Body ?? "");
        var fields = new ContentFields
        {
            Type = Type,
            Title = Title,
            Url = Url,
            Summary = Summary,
            Categories = Categories?.Select(c => c ?? "").ToList(),
            Tags = Tags?.Select(t => t ?? "").ToList(),
            Author = Author,
            Date = Date,
            Listing = Listing ?? false,
            Body = text,
            Headings = headings,
            Modified = DateTimeOffset.UtcNow,
        };
        return ContentValidator.Validate(fields, "request body");
    }
}
