using System.ComponentModel;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

/// <summary>Options every verb takes; applied once by <see cref="Infrastructure.InvocationInterceptor"/>.</summary>
public abstract class IndexCommandSettings : CommandSettings
{
    [CommandOption("--index <DIR>")]
    [Description("The index directory (default: Search:IndexPath, else index-data/index, the one the API serves).")]
    public string? Index { get; init; }

    [CommandOption("--json")]
    [Description("Write one JSON document to standard output; progress and messages go to standard error.")]
    public bool Json { get; init; }

    /// <summary>The configured options with this command line's overrides applied.</summary>
    public virtual SearchOptions Apply(SearchOptions configured)
    {
        var options = configured.Copy();
        if (Index is not null)
        {
            options.IndexPath = Index;
        }

        return options;
    }
}
