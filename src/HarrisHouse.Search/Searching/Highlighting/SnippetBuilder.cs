using System.Net;
using System.Text;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Highlighting;

/// <summary>
/// Highlighted titles and snippets: the ~160-character passage of the body with the most distinct matched
/// words, matches wrapped in &lt;mark&gt;. Everything else is HTML-encoded, so a query or a page containing
/// &lt;script&gt; comes out inert.
/// </summary>
/// <remarks>
/// Words are matched by their analysed form (the stems, synonyms, close spellings and completions the query
/// searched for). In the body they are found from the offsets the index keeps in its postings, with no
/// re-analysis; titles are short and analysed. Lucene's Highlighter re-runs span queries over an in-memory
/// index per document, which cost 2 ms a hit here for phrase and synonym queries.
/// </remarks>
public sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int SnippetLength = 160;
    private const string Ellipsis = "\u2026";

    /// <summary>How far before the first match a passage may start, to give it some context.</summary>
    private const int LeadIn = 40;

    public Highlights For(IReadOnlySet<string> terms) => new(this, terms);

    public sealed class Highlights
    {
        private readonly SnippetBuilder _owner;
        private readonly IReadOnlySet<string> _terms;

        internal Highlights(SnippetBuilder owner, IReadOnlySet<string> terms)
        {
            _owner = owner;
            _terms = terms;
        }

        public string Title(string title)
        {
            var matches = _owner.Matches(IndexSchema.Title, title, _terms);
            return matches.Count == 0 ? Encode(title) : Marked(title, 0, title.Length, matches);
        }

        /// <summary>
        /// The best passage of the body of document <paramref name="docId"/>; the start of the summary (or
        /// body) when nothing matches there.
        /// </summary>
        public string Snippet(IndexReader reader, int docId, string body, string summary)
        {
            var matches = BodyMatches(reader, docId, _terms);
            if (matches.Count == 0)
            {
                return Lead(summary.Length > 0 ? summary : body);
            }

            var (start, end) = BestWindow(body, matches);
            var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
            return (start > 0 ? Ellipsis : "") + Flatten(Marked(body, start, end, inside)) + (end < body.Length ? Ellipsis : "");
        }
    }

    /// <summary>Where the query's terms occur in a document's body, from the offsets kept in the postings.</summary>
    private static List<Match> BodyMatches(IndexReader reader, int docId, IReadOnlySet<string> terms)
    {
        var matches = new List<Match>();
        if (terms.Count == 0)
        {
            return matches;
        }

        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var local = docId - leaf.DocBase;
        var termsEnum = leaf.AtomicReader.GetTerms(IndexSchema.Body)?.GetEnumerator();
        if (termsEnum is null)
        {
            return matches;
        }

        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.Advance(local) != local)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                if (positions.StartOffset >= 0)
                {
                    matches.Add(new Match(positions.StartOffset, positions.EndOffset, term));
                }
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>Where the text's words match the query's terms (offsets into the text).</summary>
    private List<Match> Matches(string field, string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return [];
        }

        return SiteAnalyzers.Analyze(analyzer, field, text)
            .Where(t => terms.Contains(t.Text))
            .Select(t => new Match(t.StartOffset, t.EndOffset, t.Text))
            .ToList();
    }

    /// <summary>
    /// The passage of about <see cref="SnippetLength"/> characters holding the most distinct matched terms
    /// (then the most matches), started at the beginning of its sentence when that is close.
    /// </summary>
    private static (int Start, int End) BestWindow(string text, List<Match> matches)
    {
        var best = matches[0];
        var bestScore = -1;
        foreach (var first in matches)
        {
            var within = matches.Where(m => m.Start >= first.Start && m.End <= first.Start + SnippetLength - LeadIn).ToList();
            var score = (within.Select(m => m.Term).Distinct().Count() * 100) + within.Count;
            if (score > bestScore)
            {
                (best, bestScore) = (first, score);
            }
        }

        // Near the end of the text, the passage moves back so that it is still a full passage.
        var start = Math.Max(0, Math.Min(best.Start - LeadIn, text.Length - SnippetLength));
        var sentence = best.Start >= 2 ? text.LastIndexOf(". ", best.Start - 1, StringComparison.Ordinal) : -1;
        if (sentence >= 0 && sentence + 2 >= start)
        {
            start = sentence + 2;
        }
        else if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < best.Start ? space + 1 : best.Start;
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > best.End ? space : end;
        }

        return (start, end);
    }

    private static string Marked(string text, int start, int end, IEnumerable<Match> matches)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end).OrderBy(m => m.Start))
        {
            if (match.Start < at)
            {
                continue;
            }

            html.Append(Encode(text[at..match.Start])).Append("<mark>").Append(Encode(text[match.Start..match.End])).Append("</mark>");
            at = match.End;
        }

        return html.Append(Encode(text[at..end])).ToString().Trim();
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The opening words of a text, cut at a word boundary near <see cref="SnippetLength"/>.</summary>
    public static string Lead(string text)
    {
        text = Flatten(text);
        if (text.Length <= SnippetLength)
        {
            return Encode(text);
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return Encode(text[..(cut > SnippetLength / 2 ? cut : SnippetLength)].TrimEnd(',', ';', ':', ' ')) + Ellipsis;
    }

    /// <summary>Paragraph breaks mean nothing in a one-line snippet.</summary>
    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private readonly record struct Match(int Start, int End, string Term);
}
