namespace HarrisHouse.Search.Searching.Safety;

/// <summary>Whether a search signals an emergency, and in which language the notice should speak ("en" or "es").</summary>
public readonly record struct CrisisSignal(bool Signals, string? Language)
{
    public static CrisisSignal None { get; } = new(false, null);

    public static CrisisSignal In(string language) => new(true, language);
}
