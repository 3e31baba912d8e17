namespace HarrisHouse.Search.Sources;

/// <summary>A source could not be read at all (missing folder, unreachable site): nothing can be indexed from it.</summary>
public sealed class ContentSourceException(string message, Exception? inner = null) : Exception(message, inner);
