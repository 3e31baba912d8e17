namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>The staff command's exit codes (also listed in <c>--help</c> and README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has problems: validate found some, or reindex --strict refused to index.</summary>
    public const int ContentProblems = 1;

    /// <summary>The command line was wrong.</summary>
    public const int InvalidArguments = 2;

    /// <summary>Another reindex holds the index's lock.</summary>
    public const int ReindexRunning = 3;

    /// <summary>There is no index (or no generation to roll back to).</summary>
    public const int NoIndex = 4;

    /// <summary>The content source could not be read at all.</summary>
    public const int SourceUnreadable = 5;

    public const string Help =
        "Exit codes: 0 success; 1 content problems (validate found some, or --strict refused to index); "
        + "2 invalid arguments; 3 another reindex is running; 4 no index or nothing to roll back to; "
        + "5 the content source could not be read.";
}
