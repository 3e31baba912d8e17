namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>The staff command's exit codes, listed once, in the root help (and README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has problems: validate found some (or no items at all), or reindex --strict refused to index.</summary>
    public const int ContentProblems = 1;

    /// <summary>The command line was wrong.</summary>
    public const int InvalidArguments = 2;

    /// <summary>Another reindex holds the index's lock.</summary>
    public const int ReindexRunning = 3;

    /// <summary>There is no index (or no generation to roll back to).</summary>
    public const int NoIndex = 4;

    /// <summary>The content source could not be read at all.</summary>
    public const int SourceUnreadable = 5;

    /// <summary>The reindex went live, but skipped broken items (kept in their last good version): a scheduled job should look.</summary>
    public const int IndexedWithProblems = 6;

    /// <summary>Something failed that the command does not expect (a bug, a full disk): the message says what.</summary>
    public const int Unexpected = 70;

    public static readonly IReadOnlyList<(int Code, string Meaning)> All =
    [
        (Success, "success"),
        (ContentProblems, "content problems: validate found some or no items, or reindex --strict refused to index"),
        (InvalidArguments, "invalid arguments"),
        (ReindexRunning, "another reindex is running"),
        (NoIndex, "no index, or nothing to roll back to"),
        (SourceUnreadable, "the content source could not be read"),
        (IndexedWithProblems, "reindexed, but broken items were skipped (their last good versions kept)"),
        (Unexpected, "an unexpected error"),
    ];
}
