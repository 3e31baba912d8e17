using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

/// <summary>Options of the verbs that read the content: the Markdown folder (default), or the live site.</summary>
public abstract class ContentSourceSettings : IndexCommandSettings
{
    [CommandOption("--source <DIR>")]
    [Description("The content folder (default: Search:ContentPath, else index-data/content).")]
    public string? Source { get; init; }

    [CommandOption("--wordpress <URL>")]
    [Description("Read the live WordPress site through its REST API, e.g. https://harrishouse.org (incremental after the first run).")]
    public string? WordPress { get; init; }

    [CommandOption("--since <WHEN>")]
    [Description("With --wordpress: only items modified after this (the site's time: 2025-01-31 or 2025-01-31T08:00:00); default: the last run.")]
    public string? Since { get; init; }

    [CommandOption("--full")]
    [Description("With --wordpress: read everything, ignoring the last run.")]
    public bool Full { get; init; }

    [CommandOption("--html <DIR>")]
    [Description("Read saved pages of the site (*.html): each page's article, without menus, share buttons or footer.")]
    public string? Html { get; init; }

    [CommandOption("--sitemap <URL>")]
    [Description("Fetch and read every page a sitemap lists, e.g. https://harrishouse.org/sitemap.xml.")]
    public string? Sitemap { get; init; }

    public override SearchOptions Apply(SearchOptions configured)
    {
        var options = base.Apply(configured);
        if (Source is not null)
        {
            options.ContentPath = Source;
        }

        return options;
    }

    public override ValidationResult Validate()
    {
        var chosen = new[] { ("--source", Source), ("--wordpress", WordPress), ("--html", Html), ("--sitemap", Sitemap) }.Where(s => s.Item2 is not null).ToList();
        if (chosen.Count > 1)
        {
            return ValidationResult.Error($"Choose one content source: {string.Join(" and ", chosen.Select(c => c.Item1))} were both given.");
        }

        if ((Since is not null || Full) && WordPress is null)
        {
            return ValidationResult.Error("--since and --full go with --wordpress.");
        }

        if (Since is not null && Full)
        {
            return ValidationResult.Error("--since and --full contradict each other: choose one.");
        }

        if (Since is not null && !DateTime.TryParse(Since, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--since '{Since}' is not a date or time; write it like 2025-01-31 or 2025-01-31T08:00:00.");
        }

        foreach (var (name, value) in new[] { ("--wordpress", WordPress), ("--sitemap", Sitemap) })
        {
            if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                return ValidationResult.Error($"{name} '{value}' is not a web address; give it in full, like https://harrishouse.org.");
            }
        }

        return base.Validate();
    }
}
