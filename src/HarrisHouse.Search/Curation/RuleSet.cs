using System.Text.Json;
using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Curation;

/// <summary>
/// The rules in force, kept in a JSON file under <c>Search:CurationPath</c> (written atomically) and reread when
/// the file changes, so that the API and the staff command see each other's edits with no restart.
/// </summary>
internal sealed class RuleSet(string directory)
{
    private static readonly JsonSerializerOptions Json = new(SearchJson.Options) { WriteIndented = true };
    private readonly Lock _lock = new();
    private (DateTime Written, IReadOnlyList<SearchRule> Rules)? _loaded;

    public string Path => System.IO.Path.Combine(directory, "rules.json");

    /// <summary>Changes whenever the rules do: part of every remembered answer's key.</summary>
    public DateTime Version => File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;

    public IReadOnlyList<SearchRule> All()
    {
        lock (_lock)
        {
            var version = Version;
            if (_loaded is not { } loaded || loaded.Written != version)
            {
                _loaded = loaded = (version, version == DateTime.MinValue ? [] : JsonSerializer.Deserialize<List<SearchRule>>(File.ReadAllText(Path), Json) ?? []);
            }

            return loaded.Rules;
        }
    }

    /// <summary>The rules that apply to what was typed, in the order they were made.</summary>
    public IReadOnlyList<SearchRule> For(string query)
    {
        var rules = All();
        if (rules.Count == 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var typed = Normalize(query);
        return rules.Where(r => r.Match == RuleMatch.Exact ? typed == Normalize(r.Query) : $" {typed} ".Contains($" {Normalize(r.Query)} ", StringComparison.Ordinal)).ToList();
    }

    public void Save(IReadOnlyList<SearchRule> rules)
    {
        lock (_lock)
        {
            Directory.CreateDirectory(directory);
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(rules, Json));
            File.Move(temporary, Path, overwrite: true);
            _loaded = null;
        }
    }

    /// <summary>As the search reads a query: typographic punctuation plain, lower case, single spaces, no quotes.</summary>
    public static string Normalize(string query) =>
        string.Join(' ', TextNormalizer.Normalize(query).ToLowerInvariant().Replace("\"", "", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
