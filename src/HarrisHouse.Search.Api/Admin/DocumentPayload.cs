using System.Text.Json;
using System.Text.Json.Serialization;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Sources.WordPress;

namespace HarrisHouse.Search.Api.Admin;

/// <summary>
/// One content item as JSON: the fields of a content file's front matter, and its body in Markdown
/// (<c>body</c>) or as the rendered HTML of a WordPress post (<c>html</c>), never both.
/// </summary>
/// <param name="Type">blog, treatment, addiction or page; when left out, taken from the URL by the site's path rule (Search:Sources:TypeByPathPrefix), as for the WordPress source.</param>
/// <param name="Title">The title.</param>
/// <param name="Url">The site-relative path, such as /blog/my-post/.</param>
/// <param name="Summary">One or two sentences.</param>
/// <param name="Categories">Categories; repeats are folded.</param>
/// <param name="Tags">Tags; repeats are folded.</param>
/// <param name="Author">Blog posts: the author.</param>
/// <param name="Date">Blog posts: the publication date, YYYY-MM-DD.</param>
/// <param name="Listing">Whether this is an index or archive page.</param>
/// <param name="Body">The body, in Markdown.</param>
/// <param name="Html">The body as rendered HTML (a WordPress post's content): converted to text as the WordPress source converts it, and then the title, summary, categories and tags are read as WordPress renders them too.</param>
/// <param name="Search">false keeps the item out of every search, suggestion and facet count; it stays readable by its URL and in related lists (default true).</param>
/// <param name="SearchPhrases">How people ask for the item ("how do I get my son into rehab"): searched by words and by meaning, never shown; at most 50, each at most 200 characters.</param>
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
    string? Body,
    string? Html = null,
    bool? Search = null,
    [property: JsonPropertyName("search_phrases")] IReadOnlyList<string>? SearchPhrases = null)
{
    /// <summary>The fields a document may have: a content file's front matter and the body.</summary>
    public static readonly IReadOnlyList<string> FieldNames = [.. ContentFields.Names, "body", "html"];

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

    /// <summary>
    /// Validates the item exactly as a file of the content folder would be (or, sent as HTML, as a post of the
    /// WordPress source would be).
    /// </summary>
    public (ContentItem? Item, IReadOnlyList<ContentProblem> Problems) Validate(WebSourceSettings site)
    {
        const string source = "request body";
        if (Body is not null && Html is not null)
        {
            return (null, [new ContentProblem(source, null, "html", "send the body either as Markdown (body) or as rendered HTML (html), not both")]);
        }

        var rendered = Html is not null;
        var (text, headings) = rendered ? RenderedContent.Body(Html) : MarkdownText.Render(Body ?? "");
        var fields = new ContentFields
        {
            Type = Type ?? TypeFromPath(site),
            Title = rendered ? RenderedContent.Inline(Title) : Title,
            Url = Url,
            Summary = rendered ? RenderedContent.Excerpt(Summary) : Summary,
            Categories = Categories is null ? null : rendered ? RenderedContent.Categories(Categories.OfType<string>(), site) : Categories.Select(c => c ?? "").ToList(),
            Tags = Tags is null ? null : rendered ? RenderedContent.Tags(Tags.OfType<string>()) : Tags.Select(t => t ?? "").ToList(),
            Author = Author,
            Date = Date,
            Listing = Listing ?? false,
            Search = Search ?? true,
            SearchPhrases = SearchPhrases?.Select(p => p ?? "").ToList(),
            Body = text,
            Headings = headings,
            Modified = DateTimeOffset.UtcNow,
        };
        return ContentValidator.Validate(fields, source);
    }

    /// <summary>The type the site's path rule gives the URL; null (and so a validation problem) when the URL is not valid.</summary>
    private string? TypeFromPath(WebSourceSettings site) =>
        SiteUrl.TryNormalize(Url, out var path, out _) ? site.TypeOf(path).ToName() : null;
}
