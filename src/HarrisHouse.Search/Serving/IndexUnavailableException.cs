namespace HarrisHouse.Search.Serving;

/// <summary>Nothing can be searched: no index has been built yet, or none could be opened.</summary>
public sealed class IndexUnavailableException(string message) : Exception(message);
