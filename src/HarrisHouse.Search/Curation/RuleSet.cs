using System.Text.Json;
using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Curation;

/// <summary>
/// The rules in force, kept in a JSON file under <c>Search:CurationPath</c> (written atomically) and reread when
/// the file changes, so that the API and the staff command see each other's edits with no restart.
/// </summary>
internal sealed class RuleSet(string directory)
{
    internal static readonly JsonSerializerOptions Json = new(SearchJson.Options) { WriteIndented = true };
    private readonly Lock _lock = new();
    private (DateTime Written, IReadOnlyList<SearchRule> Rules)? _loaded;

    public string Path => System.IO.Path.Combine(directory, "rules.json");

    /// <summary>
    /// The rules in force and their version (the file's time: part of every remembered answer's key), read with
    /// one look at the file per search and parsed again only when it changed.
    /// </summary>
    public RuleSnapshot Current()
    {
        var file = new FileInfo(Path);
        var version = file.Exists ? file.LastWriteTimeUtc : DateTime.MinValue;
        lock (_lock)
        {
            if (_loaded is not { } loaded || loaded.Written != version)
            {
                _loaded = loaded = (version, version == DateTime.MinValue ? [] : JsonSerializer.Deserialize<List<SearchRule>>(File.ReadAllText(Path), Json) ?? []);
            }

            return new RuleSnapshot(version, loaded.Rules);
        }
    }

    public void Save(IReadOnlyList<SearchRule> rules)
    {
        lock (_lock)
        {
            AtomicFile.WriteAllText(Path, JsonSerializer.Serialize(rules, Json));
            _loaded = null;
        }
    }

    /// <summary>As the search reads a query: typographic punctuation plain, lower case, single spaces, no quotes.</summary>
    public static string Normalize(string query) =>
        string.Join(' ', TextNormalizer.Normalize(query).ToLowerInvariant().Replace("\"", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The rules as one search sees them.</summary>
internal sealed record RuleSnapshot(DateTime Version, IReadOnlyList<SearchRule> Rules)
{
    /// <summary>The rules that apply to what was typed, in the order they were made.</summary>
    public IReadOnlyList<SearchRule> For(string query)
    {
        if (Rules.Count == 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var typed = RuleSet.Normalize(query);
        return Rules.Where(r => r.Match == RuleMatch.Exact ? typed == RuleSet.Normalize(r.Query) : $" {typed} ".Contains($" {RuleSet.Normalize(r.Query)} ", StringComparison.Ordinal)).ToList();
    }
}
