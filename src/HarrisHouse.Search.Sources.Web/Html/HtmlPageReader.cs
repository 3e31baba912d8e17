using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Sources.Html;

/// <summary>
/// One saved or fetched page of the site as an item: the article's text (not the menus, share buttons,
/// "you also might be interested in" links or footer around it), its title, date, author and categories
/// where the page shows them, and its path from the canonical link.
/// </summary>
public sealed class HtmlPageReader(WebSourceSettings settings)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Where a WordPress theme (and most others) puts the article, best guess first.</summary>
    private static readonly string[] ContentSelectors =
        ["article .entry-content", ".entry-content", ".post-content", "article .content", "[itemprop='articleBody']", "article", "main", "[role='main']", "#content"];

    /// <summary>Reads a page; <paramref name="location"/> (the address it was fetched from, or its file) gives the path when the page names none.</summary>
    public ContentFields Read(string html, string location, string fallbackPath)
    {
        var document = Parser.ParseDocument(html);
        var path = PathOf(document) ?? fallbackPath;
        var contentElement = MainContent(document);
        var title = Title(document, contentElement);
        var date = Date(document);
        var categories = document.QuerySelectorAll("a[rel~='category']").Select(a => HtmlText.Normalize(a.TextContent));
        var tags = document.QuerySelectorAll("a[rel='tag']").Select(a => HtmlText.Normalize(a.TextContent));
        var author = document.QuerySelector("a[rel~='author']")?.TextContent ?? document.QuerySelector("meta[name='author']")?.GetAttribute("content");
        var description = document.QuerySelector("meta[name='description']")?.GetAttribute("content")
            ?? document.QuerySelector("meta[property='og:description']")?.GetAttribute("content");

        foreach (var around in contentElement.QuerySelectorAll("header, .entry-header, .entry-meta, .entry-footer, .post-meta, h1").ToList())
        {
            around.Remove();
        }

        var (body, headings) = HtmlText.Extract(contentElement);
        var type = settings.TypeOf(path);
        return new ContentFields
        {
            Type = type.ToString().ToLowerInvariant(),
            Title = title,
            Url = path,
            Summary = HtmlText.Normalize(description ?? FirstWords(body, 40)),
            Categories = Labels.Fold(categories.Where(c => !settings.IgnoredCategories.Contains(c, StringComparer.OrdinalIgnoreCase))),
            Tags = Labels.Fold(tags),
            Author = type == ContentType.Blog && author is not null ? HtmlText.Normalize(author) : null,
            Date = type == ContentType.Blog ? date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Body = body,
            Headings = headings,
        };
    }

    private static string? PathOf(IDocument document)
    {
        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return Uri.TryCreate(canonical, UriKind.Absolute, out var uri) ? uri.AbsolutePath : null;
    }

    private static IElement MainContent(IDocument document) =>
        ContentSelectors.Select(document.QuerySelector).FirstOrDefault(e => e is not null && HtmlText.Normalize(e.TextContent).Length > 0)
        ?? document.Body
        ?? document.DocumentElement;

    private static string Title(IDocument document, IElement content)
    {
        var heading = content.QuerySelector("h1") ?? document.QuerySelector("article h1, h1.entry-title, main h1");
        if (heading is not null && HtmlText.Normalize(heading.TextContent) is { Length: > 0 } fromHeading)
        {
            return fromHeading;
        }

        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title ?? "";

        // "Article - Harris House" or "Article | Harris House": the site's name is not the article's.
        var cut = title.LastIndexOfAny(['|', '–', '—']) is var bar and > 0 ? bar : title.LastIndexOf(" - ", StringComparison.Ordinal);
        return HtmlText.Normalize(cut > 0 ? title[..cut] : title);
    }

    private static DateOnly? Date(IDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"),
            document.QuerySelector("article time[datetime], .entry-meta time[datetime], time.entry-date[datetime]")?.GetAttribute("datetime"),
        };
        foreach (var candidate in candidates.OfType<string>())
        {
            if (DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return DateOnly.FromDateTime(parsed.Date);
            }
        }

        return null;
    }

    private static string FirstWords(string text, int count)
    {
        var words = text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? text : string.Join(' ', words.Take(count)) + "…";
    }
}
