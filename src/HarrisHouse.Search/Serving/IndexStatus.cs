namespace HarrisHouse.Search.Serving;

public enum IndexHealth
{
    /// <summary>The current generation is served.</summary>
    Healthy,

    /// <summary>Something is served, but not everything is as it should be (see the reason).</summary>
    Degraded,

    /// <summary>Nothing can be served.</summary>
    Unavailable,
}

/// <summary>What the service is serving right now, for health checks and the staff command.</summary>
public sealed record IndexStatus(IndexHealth Health, string? Generation, int DocumentCount, string? Reason)
{
    public static IndexStatus NothingServed(string reason) => new(IndexHealth.Unavailable, null, 0, reason);
}
