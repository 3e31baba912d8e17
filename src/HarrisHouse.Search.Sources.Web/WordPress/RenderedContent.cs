using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Html;

namespace HarrisHouse.Search.Sources.WordPress;

/// <summary>
/// The one conversion of what WordPress renders (title, excerpt, content, term names) into the text that is
/// indexed, whoever brings it: the staff command reading the REST API, or the plugin pushing a post to the
/// admin API. Two conversions would drift, and the same post would then rank differently by the way it came.
/// </summary>
public static class RenderedContent
{
    /// <summary>Theme and plugin tails of an excerpt, which say nothing about the item.</summary>
    private static readonly string[] ExcerptTails = ["[…]", "[&hellip;]", "[...]", "…", "Continue reading", "Read more"];

    /// <summary>The body text and headings of the rendered content: scripts, share buttons and shortcodes dropped.</summary>
    public static (string Body, IReadOnlyList<string> Headings) Body(string? html) => HtmlText.Extract(html ?? "");

    /// <summary>A title or term name as text: tags dropped, entities such as &amp;#8217; decoded.</summary>
    public static string Inline(string? html) => HtmlText.Inline(html);

    /// <summary>The excerpt as text, without the theme's "[…]" or "Continue reading" tail.</summary>
    public static string Excerpt(string? html)
    {
        var text = HtmlText.Inline(html);
        foreach (var tail in ExcerptTails)
        {
            var at = text.LastIndexOf(tail, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at >= text.Length - tail.Length - 40)
            {
                text = text[..at].TrimEnd();
            }
        }

        return text;
    }

    /// <summary>Category names as text, repeats folded, the ones that say nothing (WordPress's "Uncategorized") left out.</summary>
    public static IReadOnlyList<string> Categories(IEnumerable<string> names, WebSourceSettings settings) =>
        Labels.Fold(names.Select(HtmlText.Inline).Where(c => !settings.IgnoredCategories.Contains(c, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Tag names as text, repeats folded.</summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string> names) => Labels.Fold(names.Select(HtmlText.Inline));
}
