using System.Globalization;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Markdown;

namespace HarrisHouse.Search.LoadTests.Workload;

/// <summary>The request streams of the scenarios, read from the files in load-tests/ and the sample content.</summary>
public sealed class Workloads
{
    private Workloads(WeightedChoice<string> searches, IReadOnlyList<string> keystrokes, WeightedChoice<string> articles, IReadOnlyList<ContentItem> items)
    {
        Searches = searches;
        Keystrokes = keystrokes;
        Articles = articles;
        Items = items;
    }

    /// <summary>Query strings of /api/search, Zipf-weighted (load-tests/queries.tsv).</summary>
    public WeightedChoice<string> Searches { get; }

    /// <summary>Every prefix of every phrase in load-tests/keystrokes.txt, in typing order.</summary>
    public IReadOnlyList<string> Keystrokes { get; }

    /// <summary>Article URLs for page views: posts three times as often as other pages.</summary>
    public WeightedChoice<string> Articles { get; }

    public IReadOnlyList<ContentItem> Items { get; }

    public static async Task<Workloads> LoadAsync(string loadTestsDirectory, string contentDirectory)
    {
        var searches = File.ReadLines(Path.Combine(loadTestsDirectory, "queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[2], double.Parse(p[0], CultureInfo.InvariantCulture)));
        var keystrokes = File.ReadLines(Path.Combine(loadTestsDirectory, "keystrokes.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(phrase => Enumerable.Range(1, phrase.Length).Select(n => phrase[..n]))
            .Where(prefix => !prefix.EndsWith(' '))
            .ToList();
        var items = (await new MarkdownFolderSource(contentDirectory).LoadAsync(null, CancellationToken.None)).Items;
        var articles = items.Where(i => !i.IsListing).Select(i => (i.Url, i.Type == ContentType.Blog ? 3.0 : 1.0));
        return new Workloads(new WeightedChoice<string>(searches), keystrokes, new WeightedChoice<string>(articles), items);
    }
}
