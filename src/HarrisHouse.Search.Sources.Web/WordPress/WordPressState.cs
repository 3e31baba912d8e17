using System.Text.Json;

namespace HarrisHouse.Search.Sources.WordPress;

/// <summary>
/// What the last successful WordPress run saw, kept beside the index (<c>sources/wordpress.json</c>): the
/// site, the latest modification time it indexed (in the site's time, as <c>modified_after</c> compares),
/// and the URL of every post and page by id, so that the next run fetches only what changed and notices
/// what was deleted.
/// </summary>
public sealed record WordPressState(string Site, string? LastModified, IReadOnlyDictionary<string, string> UrlsById)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathFor(string indexRoot) => Path.Combine(indexRoot, "sources", "wordpress.json");

    public static WordPressState? Read(string indexRoot)
    {
        var path = PathFor(indexRoot);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<WordPressState>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            // A damaged state only costs a full run.
            return null;
        }
    }

    /// <summary>Written atomically (a temporary file renamed over the old one) once the run's generation is live.</summary>
    public void Write(string indexRoot)
    {
        var path = PathFor(indexRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public static string Key(string type, int id) => $"{type}:{id}";
}
