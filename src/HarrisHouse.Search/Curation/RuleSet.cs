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
    private readonly ReloadingFile<IReadOnlyList<SearchRule>> _file = new(
        System.IO.Path.Combine(directory, "rules.json"),
        path => JsonSerializer.Deserialize<List<SearchRule>>(File.ReadAllText(path), Json) ?? [],
        []);

    public string Path => _file.Path;

    /// <summary>
    /// The rules in force and their version (the file's stamp: part of every remembered answer's key), read with
    /// one look at the file per search and parsed again only when it changed.
    /// </summary>
    public RuleSnapshot Current()
    {
        var (version, rules) = _file.Current();
        return new RuleSnapshot(version, rules);
    }

    public void Save(IReadOnlyList<SearchRule> rules)
    {
        lock (_lock)
        {
            AtomicFile.WriteAllText(Path, JsonSerializer.Serialize(rules, Json));
            _file.Invalidate();
        }
    }

    /// <summary>As the search reads a query: typographic punctuation plain, lower case, single spaces, no quotes.</summary>
    public static string Normalize(string query) =>
        string.Join(' ', TextNormalizer.Normalize(query).ToLowerInvariant().Replace("\"", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The rules as one search sees them.</summary>
internal sealed record RuleSnapshot(long Version, IReadOnlyList<SearchRule> Rules)
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
