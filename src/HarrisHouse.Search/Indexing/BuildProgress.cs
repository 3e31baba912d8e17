namespace HarrisHouse.Search.Indexing;

public enum BuildStage
{
    Reading,
    Embedding,
    Indexing,
    Relating,
    Committing,
}

/// <summary>How far a reindex has got, for progress bars.</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total);
