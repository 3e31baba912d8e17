namespace HarrisHouse.Search.Api.Hosting;

/// <summary>Section <c>RateLimiting</c>: how many public requests one client address may make.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";
    public const string PublicPolicy = "public";

    /// <summary>Requests a client may burst (one per keystroke while typing adds up quickly).</summary>
    public int TokenLimit { get; set; } = 60;

    /// <summary>Requests a client may make per second once its burst is spent.</summary>
    public int TokensPerSecond { get; set; } = 20;

    /// <summary>
    /// Loopback clients are not limited, so that load tests on 127.0.0.1 measure the engine. A reverse proxy
    /// on the same host must forward the visitor's address (X-Forwarded-For), or every visitor is exempt.
    /// </summary>
    public bool ExemptLoopback { get; set; } = true;
}
