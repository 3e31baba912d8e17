using System.Globalization;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Html;

namespace HarrisHouse.Search.Sources.WordPress;

/// <summary>
/// A WordPress post or page as an item of the site: posts are blog posts; pages take their type from their
/// path (<see cref="WebSourceSettings.TypeByPathPrefix"/>). Rendered HTML becomes clean text, entities in
/// titles are decoded, categories and tags are named (from the embedded terms, else the lookups).
/// </summary>
public sealed class WordPressMapper(WebSourceSettings settings, WordPressLookups lookups)
{
    public ContentFields Map(WpItem item)
    {
        var path = Uri.TryCreate(item.Link, UriKind.Absolute, out var link) ? link.AbsolutePath : item.Link;
        var type = item.Type == "post" ? ContentType.Blog : settings.TypeOf(path);
        var (body, headings) = HtmlText.Extract(item.Content?.Rendered ?? "");
        var terms = item.Embedded?.Terms?.SelectMany(t => t).ToList();
        var categories = terms?.Where(t => t.Taxonomy == "category").Select(t => t.Name) ?? item.Categories.Select(lookups.Category).OfType<string>();
        var tags = terms?.Where(t => t.Taxonomy == "post_tag").Select(t => t.Name) ?? item.Tags.Select(lookups.Tag).OfType<string>();
        var author = item.Embedded?.Author?.FirstOrDefault(a => a.Id == item.Author)?.Name ?? lookups.User(item.Author);
        return new ContentFields
        {
            Type = type.ToString().ToLowerInvariant(),
            Title = HtmlText.Inline(item.Title?.Rendered),
            Url = path,
            Summary = Excerpt(item.Excerpt?.Rendered),
            Categories = Labels.Fold(categories.Select(HtmlText.Inline).Where(c => !settings.IgnoredCategories.Contains(c, StringComparer.OrdinalIgnoreCase))),
            Tags = Labels.Fold(tags.Select(HtmlText.Inline)),
            Author = type == ContentType.Blog ? author : null,
            Date = type == ContentType.Blog ? DateOf(item.Date) : null,
            Modified = ModifiedOf(item.ModifiedGmt),
            Body = body,
            Headings = headings,
        };
    }

    /// <summary>The excerpt without the theme's "[…]" or "Continue reading" tail.</summary>
    private static string Excerpt(string? html)
    {
        var text = HtmlText.Inline(html);
        foreach (var tail in new[] { "[…]", "[&hellip;]", "[...]", "…", "Continue reading", "Read more" })
        {
            var at = text.LastIndexOf(tail, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at >= text.Length - tail.Length - 40)
            {
                text = text[..at].TrimEnd();
            }
        }

        return text;
    }

    private static string? DateOf(string? date) =>
        DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date;

    private static DateTimeOffset? ModifiedOf(string? gmt) =>
        DateTime.TryParse(gmt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? new DateTimeOffset(parsed, TimeSpan.Zero) : null;
}

/// <summary>Names of categories, tags and authors by id, for items whose terms were not embedded.</summary>
public sealed class WordPressLookups(IReadOnlyDictionary<int, string> categories, IReadOnlyDictionary<int, string> tags, IReadOnlyDictionary<int, string> users)
{
    public static WordPressLookups Empty { get; } = new(new Dictionary<int, string>(), new Dictionary<int, string>(), new Dictionary<int, string>());

    public string? Category(int id) => categories.GetValueOrDefault(id);

    public string? Tag(int id) => tags.GetValueOrDefault(id);

    public string? User(int id) => users.GetValueOrDefault(id);
}
