using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Semantic;

/// <summary>
/// What of an item is embedded: its first passage (title, summary, start of the body), then, for a long body,
/// further passages of the body, each led by the title so that it keeps its subject; and its search phrases.
/// </summary>
internal static class EmbeddingText
{
    /// <summary>The first passage: the title, the summary and as much of the body as fits.</summary>
    public static string Lead(string title, string summary, string body, int wordsPerPassage) =>
        string.Join(' ', Words(title + ". " + summary).Concat(Words(body)).Take(wordsPerPassage));

    public static IReadOnlyList<string> Passages(ContentItem item, int wordsPerPassage, int maxPassages)
    {
        var lead = Words(item.Title + ". " + item.Summary);
        var body = Words(item.Body);
        var first = lead.Concat(body).Take(wordsPerPassage).ToArray();
        var passages = new List<string> { Lead(item.Title, item.Summary, item.Body, wordsPerPassage) };
        var title = Words(item.Title + ".");
        var size = Math.Max(1, wordsPerPassage - title.Length);
        for (var at = Math.Max(0, first.Length - lead.Length); at < body.Length && passages.Count < maxPassages; at += size)
        {
            // A tail of a few words says little on its own: it joins the passage before it.
            if (body.Length - at < size / 3)
            {
                break;
            }

            passages.Add(string.Join(' ', title.Concat(body.Skip(at).Take(size))));
        }

        return passages;
    }

    /// <summary>
    /// The item's search phrases, one passage each and as written: they stand for queries, and a query is most
    /// like the phrase it repeats, not a passage that mixes it with others.
    /// </summary>
    public static IReadOnlyList<string> PhrasePassages(ContentItem item, int wordsPerPassage) =>
        item.SearchPhrases.Select(phrase => string.Join(' ', Words(phrase).Take(wordsPerPassage))).Where(p => p.Length > 0).ToList();

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
