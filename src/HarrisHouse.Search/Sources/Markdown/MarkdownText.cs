using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HarrisHouse.Search.Sources.Markdown;

/// <summary>Renders Markdown to the plain text that is indexed: body paragraphs, with headings kept apart.</summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UsePipeTables().Build();

    public static (string Body, IReadOnlyList<string> Headings) Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var paragraphs = new List<string>();
        var headings = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var text = Normalize(TextOf(block));
            if (text.Length == 0)
            {
                continue;
            }

            if (block is HeadingBlock)
            {
                headings.Add(text);
            }
            else
            {
                paragraphs.Add(text);
            }
        }

        return (string.Join("\n\n", paragraphs), headings);
    }

    private static string TextOf(LeafBlock block)
    {
        if (block.Inline is null)
        {
            // Code and raw HTML blocks: their literal lines are the text.
            return block.Lines.ToString();
        }

        var builder = new StringBuilder();
        foreach (var inline in block.Inline.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlInline html:
                    builder.Append(html.Tag);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
