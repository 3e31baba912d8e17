namespace HarrisHouse.Search.Serving.LiveUpdates;

/// <summary>Live changes cannot be applied in this process (no index served, or it is open read-only).</summary>
public sealed class LiveUpdatesUnavailableException(string message) : Exception(message);
