using System.Text.Json;
using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Evaluation;

/// <summary>A test collection in the BEIR layout: corpus.jsonl, queries.jsonl and qrels/{split}.tsv.</summary>
public sealed class BeirDataset
{
    private BeirDataset(string name, IReadOnlyList<(string Id, string Title, string Text)> corpus, IReadOnlyDictionary<string, string> queries, string directory)
    {
        Name = name;
        Corpus = corpus;
        Queries = queries;
        Directory = directory;
    }

    public string Name { get; }
    public string Directory { get; }
    public IReadOnlyList<(string Id, string Title, string Text)> Corpus { get; }
    public IReadOnlyDictionary<string, string> Queries { get; }

    public static BeirDataset Load(string directory)
    {
        var corpus = File.ReadLines(Path.Combine(directory, "corpus.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("_id").GetString()!, e.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "", e.GetProperty("text").GetString() ?? ""))
            .ToList();
        var queries = File.ReadLines(Path.Combine(directory, "queries.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("_id").GetString()!, e => e.GetProperty("text").GetString() ?? "");
        return new BeirDataset(Path.GetFileName(Path.GetFullPath(directory).TrimEnd('/')), corpus, queries, directory);
    }

    /// <summary>Judgments of a split: query id → (document id → grade), grades above zero only.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgments(string split) =>
        File.ReadLines(Path.Combine(Directory, "qrels", split + ".tsv"))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Where(p => p.Length >= 3 && int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture) > 0)
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(p => p[1], p => int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)));

    public bool HasSplit(string split) => File.Exists(Path.Combine(Directory, "qrels", split + ".tsv"));

    /// <summary>A corpus document as a site item: its title and text, under a URL made from its id.</summary>
    public static ContentItem ToItem((string Id, string Title, string Text) document) => new()
    {
        Url = UrlOf(document.Id),
        Type = ContentType.Page,
        Title = string.IsNullOrWhiteSpace(document.Title) ? document.Id : document.Title,
        Body = document.Text,
    };

    public static string UrlOf(string id) => "/beir/" + Uri.EscapeDataString(id).ToLowerInvariant() + "/";
}
