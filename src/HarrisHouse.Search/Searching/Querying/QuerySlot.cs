namespace HarrisHouse.Search.Searching.Querying;

/// <summary>One analysed query term: its stem, the word as typed, where it sits, and whether it is still being typed.</summary>
internal sealed record QuerySlot(string Term, string Surface, int Position, bool IsBeingTyped);
