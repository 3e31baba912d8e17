using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using Lucene.Net.Analysis.En;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// The product's site-like scale corpus (<see cref="SyntheticCorpus"/>) written as the peer reads a corpus
/// (corpus.tsv: id, title, text), with a queries file for its <c>scale</c> mode.
/// </summary>
public static class SiteCorpusExport
{
    /// <summary>
    /// Writes corpus.tsv and the queries of <paramref name="classes"/> (queries-site.tsv) into
    /// <paramref name="directory"/>; returns the queries file. The peer's text is every searchable text of an item
    /// but its title (summary, headings, body, labels, staff's phrases), flattened to one line, so that both
    /// sides can match the same words.
    /// </summary>
    public static string Write(IEnumerable<ContentItem> items, IReadOnlyList<PeerQueryClass> classes, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var corpus = new StreamWriter(Path.Combine(directory, "corpus.tsv")))
        {
            foreach (var item in items)
            {
                var text = string.Join(' ', new[] { item.Summary }.Concat(item.Headings).Append(item.Body).Concat(item.Categories).Concat(item.Tags).Concat(item.SearchPhrases));
                corpus.Write(Flat(item.Url));
                corpus.Write('\t');
                corpus.Write(Flat(item.Title));
                corpus.Write('\t');
                corpus.Write(Flat(text));
                corpus.Write('\n');
            }
        }

        var queries = Path.Combine(directory, "queries-site.tsv");
        File.WriteAllLines(queries, classes.SelectMany(c => c.Requests.Select(r => $"{c.PeerKind}\t{ForPeer(r.Query)}")));
        return queries;
    }

    /// <summary>
    /// A query as the peer's <c>scale</c> mode needs it: it makes term queries of the words as given, so they
    /// must already be what its EnglishAnalyzer indexed ("family" is "famili"). A quoted phrase stays quoted.
    /// </summary>
    private static string ForPeer(string query)
    {
        var phrase = query.TrimStart().StartsWith('"');
        using var english = new EnglishAnalyzer(SiteAnalyzers.Version);
        var terms = string.Join(' ', SiteAnalyzers.Analyze(english, "text", query.Replace("\"", " ", StringComparison.Ordinal)).Select(t => t.Text));
        return phrase ? $"\"{terms}\"" : terms;
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
