namespace HarrisHouse.Search.Analytics;

/// <summary>The analytics file is busy (another instance writing it) or unreadable for now: a 503, never a 500.</summary>
public sealed class AnalyticsUnavailableException(string message, Exception inner) : Exception(message, inner);
