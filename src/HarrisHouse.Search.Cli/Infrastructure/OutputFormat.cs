namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>
/// How tables are written: boxed and fitted to the terminal's width, or, when standard output is not a
/// terminal (piped to a file or another program), as plain tab-separated lines that nothing wraps.
/// </summary>
public sealed record OutputFormat(bool Plain)
{
    public static OutputFormat ForStandardOutput() => new(Plain: Console.IsOutputRedirected);
}
