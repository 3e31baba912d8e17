using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Picks the short phrases of an item that are worth suggesting while someone types: runs of one to three
/// words from its title, headings, summary, categories and tags that neither start nor end with a stop word.
/// </summary>
public static class PhraseExtractor
{
    public const int MaxWords = 3;

    public static IEnumerable<string> Extract(ContentItem item)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { item.Title, item.Summary }.Concat(item.Headings).Concat(item.Categories).Concat(item.Tags))
        {
            var words = SiteAnalyzers.Analyze(SiteAnalyzers.Words, "phrase", text).Select(t => t.Text).ToList();
            for (var start = 0; start < words.Count; start++)
            {
                if (!IsEdgeWord(words[start]))
                {
                    continue;
                }

                for (var length = 1; length <= MaxWords && start + length <= words.Count; length++)
                {
                    if (IsEdgeWord(words[start + length - 1]))
                    {
                        phrases.Add(string.Join(' ', words.Skip(start).Take(length)));
                    }
                }
            }
        }

        return phrases;
    }

    private static bool IsEdgeWord(string word) =>
        word.Length >= 3 && !SiteAnalyzers.StopWords.Contains(word) && !word.All(char.IsAsciiDigit);
}
