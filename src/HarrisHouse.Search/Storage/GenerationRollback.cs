namespace HarrisHouse.Search.Storage;

/// <summary>Switches the live index back to the generation before the current one.</summary>
public static class GenerationRollback
{
    public sealed record Result(GenerationInfo From, GenerationInfo To);

    /// <summary>Rolls back under the reindex lock, so it cannot interleave with a reindex's switch.</summary>
    internal static Result Run(string indexRoot)
    {
        using var reindexLock = ReindexLock.Acquire(indexRoot, "rollback");
        var store = new GenerationStore(indexRoot);
        var current = store.Current() ?? throw new NothingToRollBackException($"There is no live generation in {indexRoot} to roll back from.");
        var previous = store.PreviousOf(current) ?? throw new NothingToRollBackException($"{current.Name} is the oldest generation kept; there is nothing to roll back to.");
        store.SwitchTo(previous);
        return new Result(current, previous);
    }
}

/// <summary>There is no live generation, or no older one kept to switch back to.</summary>
public sealed class NothingToRollBackException(string message) : Exception(message);
