namespace HarrisHouse.Search.Api.Hosting;

/// <summary>A part of the service that can leave it degraded without stopping it (the embedding model, say).</summary>
public interface IReadinessContributor
{
    /// <summary>Why this part is degraded, or null when it is fine.</summary>
    string? DegradedReason { get; }
}
