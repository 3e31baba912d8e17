using HarrisHouse.Search.Semantic;
using Microsoft.Extensions.AI;

namespace HarrisHouse.Search.Embeddings;

/// <summary>The embedding models the service can run, chosen by name in configuration (Search:Semantic:Model).</summary>
public static class EmbeddingModels
{
    public static IReadOnlyList<string> Names { get; } = [.. EmbeddingModel.All.Select(m => m.Name)];

    /// <summary>
    /// The configured model, or null with the reason when semantic search is off or the model cannot load:
    /// the service then serves lexical search and reports itself degraded.
    /// </summary>
    public static (IEmbeddingGenerator<string, Embedding<float>>? Generator, string? Unavailable) TryCreate(SemanticSettings settings)
    {
        if (!settings.Enabled)
        {
            return (null, null);
        }

        if (EmbeddingModel.Named(settings.Model) is not { } model)
        {
            return (null, $"the embedding model '{settings.Model}' is unknown; known models: {string.Join(", ", Names)}");
        }

        try
        {
            return (LocalEmbeddingGenerator.Create(model, threads: Math.Min(2, Environment.ProcessorCount)), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"the embedding model '{settings.Model}' could not be loaded ({ex.GetType().Name}: {ex.Message}); serving lexical search only");
        }
    }
}
