using System.Globalization;
using HarrisHouse.Search.Content;

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
        var (body, headings) = RenderedContent.Body(item.Content?.Rendered);
        var author = item.Embedded?.Author?.FirstOrDefault(a => a.Id == item.Author)?.Name ?? lookups.User(item.Author);
        return new ContentFields
        {
            Type = type.ToString().ToLowerInvariant(),
            Title = RenderedContent.Inline(item.Title?.Rendered),
            Url = path,
            Summary = RenderedContent.Excerpt(item.Excerpt?.Rendered),
            Categories = RenderedContent.Categories(TermNames(item, "category", item.Categories, lookups.Category), settings),
            Tags = RenderedContent.Tags(TermNames(item, "post_tag", item.Tags, lookups.Tag)),
            Author = type == ContentType.Blog ? author : null,
            Date = type == ContentType.Blog ? DateOf(item.Date) : null,
            Modified = ModifiedOf(item.ModifiedGmt),
            Body = body,
            Headings = headings,
        };
    }

    /// <summary>
    /// The names of an item's terms of one taxonomy. Embedded terms say their taxonomy; some sites and caching
    /// plugins strip that field, and then a term is placed by the ids the item lists for the taxonomy. An id the
    /// embeds leave out (or a site that embeds nothing) is named from the lookups fetched beforehand.
    /// </summary>
    private static IEnumerable<string> TermNames(WpItem item, string taxonomy, int[] ids, Func<int, string?> lookup)
    {
        var embedded = item.Embedded?.Terms?.SelectMany(t => t)
            .Where(t => string.IsNullOrEmpty(t.Taxonomy) ? ids.Contains(t.Id) : t.Taxonomy == taxonomy)
            .ToList() ?? [];
        var embeddedIds = embedded.Select(t => t.Id).ToHashSet();
        return embedded.Select(t => t.Name).Concat(ids.Where(id => !embeddedIds.Contains(id)).Select(lookup).OfType<string>());
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
