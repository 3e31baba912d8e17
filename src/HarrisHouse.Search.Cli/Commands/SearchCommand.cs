using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Embeddings;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Serving;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Search the index as the site's search box does, to check what visitors will see.")]
public sealed class SearchCommand(IAnsiConsole console, ErrorConsole errors, SearchOptions configured)
    : Command<SearchCommand.Settings>
{
    public sealed class Settings : IndexCommandSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("What a visitor would type.")]
        public string Query { get; init; } = "";

        [CommandOption("--type <TYPE>")]
        [Description("Only this type (blog, treatment, addiction, page); repeatable.")]
        public string[] Types { get; init; } = [];

        [CommandOption("--category <CATEGORY>")]
        [Description("Only this category; repeatable.")]
        public string[] Categories { get; init; } = [];

        [CommandOption("--mode <MODE>")]
        [Description("hybrid (default when the embedding model is on), lexical or semantic.")]
        public SearchMode? Mode { get; init; }

        [CommandOption("--page <N>")]
        [DefaultValue(1)]
        public int Page { get; init; } = 1;

        [CommandOption("--page-size <N>")]
        [DefaultValue(SearchLimits.DefaultPageSize)]
        public int PageSize { get; init; } = SearchLimits.DefaultPageSize;

        public override ValidationResult Validate()
        {
            foreach (var type in Types)
            {
                if (!ContentTypes.TryParse(type, out _))
                {
                    return ValidationResult.Error($"--type '{type}' is not one of {ContentTypes.AllNames}.");
                }
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = settings.Apply(configured);
        var (generator, unavailable) = settings.Mode == SearchMode.Lexical ? (null, null) : EmbeddingModels.TryCreate(options.Semantic);
        if (unavailable is not null)
        {
            errors.Console.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(unavailable)}");
        }

        using var engine = SearchEngine.Create(options, writable: false, generator: generator, semanticUnavailable: unavailable);
        engine.Index.Refresh();
        var request = new SearchRequest
        {
            Query = settings.Query,
            Mode = settings.Mode,
            Types = settings.Types.Select(t => ContentTypes.TryParse(t, out var type) ? type : ContentType.Page).ToList(),
            Categories = settings.Categories,
            Page = settings.Page,
            PageSize = settings.PageSize,
        };

        SearchResult result;
        try
        {
            result = engine.Search.Search(request);
        }
        catch (IndexUnavailableException ex)
        {
            return CommandFailure.Report(console, errors, settings, ExitCodes.NoIndex, $"No index to search: {ex.Message} Run 'reindex' first.");
        }
        catch (InvalidSearchRequestException ex)
        {
            return CommandFailure.Report(console, errors, settings, ExitCodes.InvalidArguments, ex.Message);
        }

        if (settings.Json)
        {
            JsonOutput.Write(console, result);
            return ExitCodes.Success;
        }

        var table = new Table()
            .Title($"{result.TotalHits} result(s) for [bold]{Markup.Escape(settings.Query)}[/] ({result.Mode}, {result.TookMs:0.0} ms)")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Title")
            .AddColumn(new TableColumn("URL").NoWrap())
            .AddColumn(new TableColumn("Type").NoWrap())
            .AddColumn(new TableColumn("Score").RightAligned().NoWrap());
        var rank = (result.Page - 1) * result.PageSize;
        foreach (var hit in result.Hits)
        {
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(hit.Title),
                Markup.Escape(hit.Url),
                hit.Type.ToName(),
                hit.Score.ToString("0.000", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (result.DidYouMean is { } suggestion)
        {
            console.MarkupLine($"Did you mean [bold]{Markup.Escape(suggestion)}[/]?");
        }

        return ExitCodes.Success;
    }
}
