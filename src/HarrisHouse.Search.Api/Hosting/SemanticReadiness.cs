namespace HarrisHouse.Search.Api.Hosting;

/// <summary>The service is degraded (lexical only) when semantic search is enabled but its model did not load.</summary>
public sealed class SemanticReadiness(SearchEngine engine) : IReadinessContributor
{
    public string? DegradedReason => engine.SemanticUnavailable is { } reason ? $"semantic search is unavailable: {reason}" : null;
}
