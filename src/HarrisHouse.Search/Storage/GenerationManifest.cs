using System.Text.Json;
using System.Text.Json.Serialization;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// What a generation holds, written into it just before it becomes complete. A generation directory
/// without a manifest was never finished and is never opened.
/// </summary>
public sealed record GenerationManifest
{
    public const string FileName = "generation.json";

    public required long Number { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }
    public required int DocumentCount { get; init; }
    public required IReadOnlyDictionary<string, int> DocumentsByType { get; init; }
    public required string Source { get; init; }
    public int ProblemCount { get; init; }
    public string Stemmer { get; init; } = "";

    /// <summary>
    /// The version of the text analysis the generation was built with (<see cref="Analysis.SiteAnalyzers.AnalysisVersion"/>);
    /// 0 for a generation built before the version was written. Queries are analysed by this build's chain, so a
    /// generation of another version finds less than it should until it is rebuilt.
    /// </summary>
    public int Analysis { get; init; }

    /// <summary>The last live update (admin upsert or delete) already contained in this generation.</summary>
    public long LiveUpdateSequence { get; init; }

    public long BuildMilliseconds { get; init; }

    /// <summary>The model whose vectors the generation carries, or null when it was built without one.</summary>
    public string? EmbeddingModel { get; init; }

    /// <summary>Texts embedded while building (the rest came from the embedding cache).</summary>
    public int TextsEmbedded { get; init; }

    /// <summary>
    /// The multi-word synonyms (analysed, words joined by a space) that the text fields hold as one term each
    /// wherever they occur, as the synonyms file had them at the build. Live updates index the same ones, so within
    /// a generation a phrase is joined everywhere or nowhere, whatever staff have edited since.
    /// </summary>
    public IReadOnlyList<string> SynonymPhrases { get; init; } = [];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void WriteTo(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, JsonOptions);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static GenerationManifest? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<GenerationManifest>(File.ReadAllText(path), JsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }
}
