using System.Net;
using HarrisHouse.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace HarrisHouse.Search.Searching.Highlighting;

/// <summary>
/// Highlighted titles and snippets. Everything is HTML-encoded and only the &lt;mark&gt; tags this class adds
/// are markup, so a query or a page containing &lt;script&gt; comes out inert.
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int SnippetLength = 160;
    private const string Ellipsis = "\u2026";

    /// <summary>Prepares highlighting for one query over one reader; cheap, one per search.</summary>
    public Highlights For(Query query, IndexReader reader) => new(analyzer, query, reader);

    public sealed class Highlights
    {
        private readonly Analyzer _analyzer;
        private readonly Highlighter _title;
        private readonly Highlighter _body;

        internal Highlights(Analyzer analyzer, Query query, IndexReader reader)
        {
            _analyzer = analyzer;
            _title = Create(query, reader, IndexSchema.Title, new NullFragmenter());
            var bodyScorer = new QueryScorer(query, reader, IndexSchema.Body);
            _body = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlEncoder(), bodyScorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(bodyScorer, SnippetLength),
            };
        }

        public string Title(string title) =>
            _title.GetBestFragment(_analyzer, IndexSchema.Title, title) ?? Encode(title);

        /// <summary>The best ~160-character passage of the body; the start of the summary or body when nothing matches there.</summary>
        public string Snippet(string body, string summary)
        {
            var fragment = _body.GetBestFragment(_analyzer, IndexSchema.Body, body);
            if (string.IsNullOrWhiteSpace(fragment))
            {
                return Lead(summary.Length > 0 ? summary : body);
            }

            // Fragments start wherever the fragmenter cut: drop the tail of the previous sentence's punctuation
            // and fold the paragraph breaks, which mean nothing in a one-line snippet.
            fragment = CollapseWhitespace(fragment).TrimStart('.', ',', ';', ':', ')', ' ').TrimEnd();

            var plain = WebUtility.HtmlDecode(fragment.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
            var flatBody = CollapseWhitespace(body);
            var at = flatBody.IndexOf(plain, StringComparison.Ordinal);
            var prefix = at != 0 ? Ellipsis : "";
            var suffix = at < 0 || at + plain.Length < flatBody.Length ? Ellipsis : "";
            return prefix + fragment + suffix;
        }

        private static Highlighter Create(Query query, IndexReader reader, string field, IFragmenter fragmenter) =>
            new(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlEncoder(), new QueryScorer(query, reader, field))
            {
                TextFragmenter = fragmenter,
            };
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The opening words of a text, cut at a word boundary near <see cref="SnippetLength"/>.</summary>
    public static string Lead(string text)
    {
        text = CollapseWhitespace(text);
        if (text.Length <= SnippetLength)
        {
            return Encode(text);
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return Encode(text[..(cut > SnippetLength / 2 ? cut : SnippetLength)].TrimEnd(',', ';', ':', ' ')) + Ellipsis;
    }
}
