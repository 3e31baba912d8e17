using System.Net;
using System.Text;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Highlighting;

/// <summary>
/// Highlighted titles and snippets: the ~160-character passage of the body with the most distinct matched
/// words, matches wrapped in &lt;mark&gt;. Everything else is HTML-encoded, so a query or a page containing
/// &lt;script&gt; comes out inert.
/// </summary>
/// <remarks>
/// Words are matched by their analysed form (the stems, synonyms, close spellings and completions the query
/// searched for). In the body they are found from the positions the index keeps in its postings, then their
/// characters by tokenizing the body up to the last of them (see <see cref="Locate"/>); titles are short and
/// analysed. Lucene's Highlighter re-runs span queries over an in-memory index per document, which cost 2 ms a
/// hit here for phrase and synonym queries.
/// </remarks>
internal sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int SnippetLength = 160;
    private const string Ellipsis = "\u2026";

    /// <summary>How far before the first match a passage may start, to give it some context.</summary>
    private const int LeadIn = 40;

    /// <summary>
    /// Highlights for the hits <paramref name="docIds"/> of one page of results. Where a text holds words as
    /// typed (<paramref name="typed"/>), only those are marked; the expansions (synonyms, close spellings,
    /// completions) are marked only in a text that holds none of them, to show why it was found.
    /// </summary>
    public Highlights For(IReadOnlySet<string> terms, IReadOnlySet<string> typed, IndexReader reader, IReadOnlyCollection<int> docIds) =>
        new(this, terms, typed, BodyMatches(reader, docIds, terms));

    public sealed class Highlights
    {
        private readonly SnippetBuilder _owner;
        private readonly IReadOnlySet<string> _terms;
        private readonly IReadOnlySet<string> _typed;
        private readonly Dictionary<int, List<PositionMatch>> _bodyMatches;

        internal Highlights(SnippetBuilder owner, IReadOnlySet<string> terms, IReadOnlySet<string> typed, Dictionary<int, List<PositionMatch>> bodyMatches)
        {
            _owner = owner;
            _terms = terms;
            _typed = typed;
            _bodyMatches = bodyMatches;
        }

        public string Title(string title)
        {
            var matches = TypedFirst(_owner.Matches(IndexSchema.Title, title, _terms));
            return matches.Count == 0 ? Encode(title) : Marked(title, 0, title.Length, matches);
        }

        private List<Match> TypedFirst(List<Match> matches)
        {
            var typed = matches.FindAll(m => _typed.Contains(m.Term));
            return typed.Count > 0 ? typed : matches;
        }

        /// <summary>
        /// The best passage of the body of hit <paramref name="docId"/>; the start of the summary (or body)
        /// when nothing matches there.
        /// </summary>
        public string Snippet(int docId, string body, string summary)
        {
            var all = _bodyMatches.TryGetValue(docId, out var positions) ? Locate(body, positions) : [];
            if (all.Count == 0)
            {
                return Lead(summary.Length > 0 ? summary : body);
            }

            var matches = TypedFirst(all);

            var (start, end) = BestWindow(body, matches);
            return (start > 0 ? Ellipsis : "") + Flatten(Marked(body, start, end, matches)) + (end < body.Length ? Ellipsis : "");
        }
    }

    /// <summary>
    /// Where the query's terms occur in the bodies of the given documents, as positions read from the postings.
    /// Each term is looked up once per segment and its postings walked forward through the documents in order,
    /// rather than looked up again for every hit.
    /// </summary>
    private static Dictionary<int, List<PositionMatch>> BodyMatches(IndexReader reader, IReadOnlyCollection<int> docIds, IReadOnlySet<string> terms)
    {
        var matches = new Dictionary<int, List<PositionMatch>>();
        if (terms.Count == 0 || docIds.Count == 0)
        {
            return matches;
        }

        var leaves = reader.Leaves;
        foreach (var segment in docIds.Order().GroupBy(id => ReaderUtil.SubIndex(id, leaves)))
        {
            var leaf = leaves[segment.Key];
            var termsEnum = leaf.AtomicReader.GetTerms(IndexSchema.Body)?.GetEnumerator();
            if (termsEnum is null)
            {
                continue;
            }

            DocsAndPositionsEnum? positions = null;
            foreach (var term in terms)
            {
                if (!termsEnum.SeekExact(new BytesRef(term)))
                {
                    continue;
                }

                positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.NONE);
                if (positions is null)
                {
                    continue;
                }

                var current = -1;
                foreach (var docId in segment)
                {
                    var local = docId - leaf.DocBase;
                    if (current < local)
                    {
                        current = positions.Advance(local);
                    }

                    if (current == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (current == local)
                    {
                        AddPositions(positions, term, matches, docId);
                    }
                }
            }
        }

        foreach (var list in matches.Values)
        {
            list.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        return matches;
    }

    private static void AddPositions(DocsAndPositionsEnum positions, string term, Dictionary<int, List<PositionMatch>> matches, int docId)
    {
        if (!matches.TryGetValue(docId, out var list))
        {
            matches[docId] = list = [];
        }

        for (var i = 0; i < positions.Freq; i++)
        {
            list.Add(new PositionMatch(positions.NextPosition(), term));
        }
    }

    /// <summary>
    /// The characters of the body's matched positions (sorted), found by tokenizing the body without the text
    /// chain's filters and only as far as the last of them: a fifth of the cost of analysing it again, and no
    /// offsets kept in the index (they were a fifth of its size).
    /// </summary>
    private static List<Match> Locate(string body, List<PositionMatch> positions)
    {
        var located = new List<Match>(positions.Count);
        using var stream = SiteAnalyzers.Tokens.GetTokenStream(IndexSchema.Body, body);
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        var next = 0;
        while (next < positions.Count && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            for (; next < positions.Count && positions[next].Position <= position; next++)
            {
                if (positions[next].Position == position)
                {
                    located.Add(new Match(offsets.StartOffset, offsets.EndOffset, positions[next].Term));
                }
            }
        }

        stream.End();
        return located;
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
        // Matches are sorted and do not overlap, so each candidate passage is a run of them: slide its end
        // forward and its start one match at a time, counting the terms inside as they enter and leave.
        var best = matches[0];
        var bestScore = -1;
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            var limit = matches[first].Start + SnippetLength - LeadIn;
            for (; next < matches.Count && matches[next].End <= limit; next++)
            {
                inside[matches[next].Term] = inside.GetValueOrDefault(matches[next].Term) + 1;
            }

            var score = (inside.Count * 100) + (next - first);
            if (score > bestScore)
            {
                (best, bestScore) = (matches[first], score);
            }

            if (next > first && --inside[matches[first].Term] == 0)
            {
                inside.Remove(matches[first].Term);
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

    /// <summary>The text from start to end, HTML-encoded, with the matches inside it (sorted by start) marked.</summary>
    private static string Marked(string text, int start, int end, List<Match> matches)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var match in matches)
        {
            if (match.Start < at || match.End > end)
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

    internal readonly record struct Match(int Start, int End, string Term);

    /// <summary>A query term at a position of a body, as the postings hold it.</summary>
    internal readonly record struct PositionMatch(int Position, string Term);
}
