using System.ComponentModel;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

/// <summary>Options of the verbs that read the content.</summary>
public abstract class ContentSourceSettings : IndexCommandSettings
{
    [CommandOption("--source <DIR>")]
    [Description("The content folder (default: Search:ContentPath, else index-data/content).")]
    public string? Source { get; init; }

    public override SearchOptions Apply(SearchOptions configured)
    {
        var options = base.Apply(configured);
        if (Source is not null)
        {
            options.ContentPath = Source;
        }

        return options;
    }
}
