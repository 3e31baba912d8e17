using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HarrisHouse.Search.Sources.Html;

/// <summary>
/// Rendered HTML to the text that is indexed: paragraphs of the body with the headings kept apart; scripts,
/// styles, navigation, share buttons and "related posts" blocks dropped; page-builder shortcodes left behind
/// by a disabled plugin (<c>[vc_row]</c>, <c>[caption ...]</c>) removed while the text they wrap is kept.
/// </summary>
public static partial class HtmlText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Elements that are never content.</summary>
    private const string Noise =
        "script, style, noscript, template, iframe, object, svg, canvas, form, button, select, nav, footer, aside, " +
        ".sharedaddy, .sd-sharing, .sd-block, .share, .shares, .social-share, .share-buttons, .addtoany_share_save_account, " +
        ".jp-relatedposts, .related-posts, .yarpp-related, .wp-block-post-navigation, .post-navigation, .comments-area, #comments";

    /// <summary>Headings that open a block of links to elsewhere, not content.</summary>
    private static readonly string[] LinkBlockHeadings = ["you also might be interested in", "you might also be interested in", "related posts", "share this", "recent posts"];

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
        "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address",
    };

    // Shortcode tags: names with an underscore (vc_row, et_pb_section, fusion_text) or WordPress's own.
    [GeneratedRegex(@"\[/?(?:[a-z][a-z0-9]*_[\w-]+|caption|gallery|embed|audio|video|playlist|contact-form-7|button|row|column|tabs?|toggle|accordion)\b[^\[\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The body text and the headings of an HTML fragment (a post's rendered content).</summary>
    public static (string Body, IReadOnlyList<string> Headings) Extract(string html)
    {
        var document = Parser.ParseDocument("<body>" + Shortcode().Replace(html, " ") + "</body>");
        return Extract(document.Body!);
    }

    /// <summary>The body text and the headings of an element of a page (its main content).</summary>
    public static (string Body, IReadOnlyList<string> Headings) Extract(IElement content)
    {
        RemoveNoise(content);
        var headings = new List<string>();
        foreach (var heading in content.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var text = Normalize(heading.TextContent);
            if (text.Length > 0)
            {
                headings.Add(text);
            }

            heading.Remove();
        }

        var builder = new StringBuilder();
        AppendText(content, builder);
        var paragraphs = builder.ToString()
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Normalize(Shortcode().Replace(p, " ")))
            .Where(p => p.Length > 0);
        return (string.Join("\n\n", paragraphs), headings);
    }

    /// <summary>Inline HTML (a rendered title or excerpt) as plain text, entities decoded.</summary>
    public static string Inline(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = Parser.ParseDocument("<body>" + Shortcode().Replace(html, " ") + "</body>");
        RemoveNoise(document.Body!);
        return Normalize(document.Body!.TextContent);
    }

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static void RemoveNoise(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Noise).ToList())
        {
            element.Remove();
        }

        foreach (var heading in root.QuerySelectorAll("h2, h3, h4, h5, h6, p, strong, div").ToList())
        {
            if (heading.Parent is null || !IsLinkBlockHeading(heading))
            {
                continue;
            }

            // The block the heading opens: its own container when that holds little else, else the heading and the lists after it.
            var container = heading.ParentElement;
            if (container is not null && container != root && Normalize(container.TextContent).Length < 600 && container.QuerySelectorAll("a").Length > 0)
            {
                container.Remove();
                continue;
            }

            var next = heading.NextElementSibling;
            while (next is not null && (next.LocalName is "ul" or "ol" || Normalize(next.TextContent).Length == Normalize(string.Concat(next.QuerySelectorAll("a").Select(a => a.TextContent))).Length))
            {
                var after = next.NextElementSibling;
                next.Remove();
                next = after;
            }

            heading.Remove();
        }
    }

    private static bool IsLinkBlockHeading(IElement element)
    {
        var text = Normalize(element.TextContent).TrimEnd(':', '.', '!').ToLowerInvariant();
        return text.Length < 60 && LinkBlockHeadings.Contains(text);
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    builder.Append(' ');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    builder.Append("\n\n");
                    AppendText(element, builder);
                    builder.Append("\n\n");
                    break;
                case IElement element:
                    AppendText(element, builder);
                    break;
            }
        }
    }
}
