namespace HarrisHouse.Search.Api.Hosting;

/// <summary>Section <c>Shutdown</c>: how the service stops without failing the requests already sent to it.</summary>
public sealed class ShutdownSettings
{
    public const string Section = "Shutdown";

    /// <summary>
    /// How long the service keeps accepting and answering requests after it is asked to stop, while
    /// <c>/health/ready</c> already answers 503. A proxy or load balancer needs that long to stop sending new
    /// visitors here; match it to their health-check interval. 0 stops accepting at once.
    /// </summary>
    public double DrainSeconds { get; set; } = 2;
}

/// <summary>
/// Runs first when the host stops, before the web server closes its listener: marks the service as stopping
/// and waits <see cref="ShutdownSettings.DrainSeconds"/>. Without it, connections a client opened just before
/// the stop are closed unanswered, since the server has not read a request from them yet.
/// </summary>
public sealed partial class ShutdownDrain(
    Microsoft.Extensions.Options.IOptions<ShutdownSettings> settings,
    ILogger<ShutdownDrain> logger) : IHostedLifecycleService
{
    private volatile bool _stopping;

    /// <summary>True from the moment the service is asked to stop.</summary>
    public bool IsStopping => _stopping;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        var drain = TimeSpan.FromSeconds(settings.Value.DrainSeconds);
        if (drain <= TimeSpan.Zero)
        {
            return;
        }

        LogDraining(logger, drain.TotalSeconds);
        try
        {
            await Task.Delay(drain, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ended the drain early; stopping goes on.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: still answering requests for {DrainSeconds} s while readiness reports 503 (Shutdown:DrainSeconds)")]
    private static partial void LogDraining(ILogger logger, double drainSeconds);
}
