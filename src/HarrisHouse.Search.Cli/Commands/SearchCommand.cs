using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Embeddings;
using HarrisHouse.Search.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Search the index as the site's search box does, to check what visitors will see.")]
public sealed class SearchCommand(IAnsiConsole console, ErrorConsole errors, Invocation invocation, OutputFormat format)
    : Command<SearchCommand.Settings>
{
    private static readonly FittedColumn[] Columns =
    [
        new("#", RightAligned: true),
        new("Title", ColumnFit.Truncate, MinWidth: 12),
        new("URL", ColumnFit.Truncate, MinWidth: 30),
        new("Type"),
        new("Score", RightAligned: true),
        new("Missing", ColumnFit.Truncate, MinWidth: 7),
    ];

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

        [CommandOption("--year <YEAR>")]
        [Description("Only posts published in this year; repeatable.")]
        public string[] Years { get; init; } = [];

        [CommandOption("--sort <SORT>")]
        [Description("relevance (default), newest or oldest.")]
        public string? Sort { get; init; }

        [CommandOption("--mode <MODE>")]
        [Description("hybrid (default when the embedding model is on), lexical or semantic.")]
        public string? Mode { get; init; }

        [CommandOption("--page <N>")]
        [Description("Page number from 1 (default 1).")]
        public string? Page { get; init; }

        [CommandOption("--page-size <N>")]
        [Description("Results per page, 1 to 50 (default 10).")]
        public string? PageSize { get; init; }

        [CommandOption("--as-typed")]
        [Description("Search the words as typed: a word neither the site nor the model knows is not respelt.")]
        public bool AsTyped { get; init; }

        /// <summary>The request, read by the same rules as the API's, once <see cref="Validate"/> accepted it.</summary>
        internal SearchRequest Request { get; private set; } = new();

        public override ValidationResult Validate()
        {
            var input = new SearchInput
            {
                Query = Query,
                Types = Types,
                Categories = Categories,
                Years = Years,
                Sort = Sort,
                Mode = Mode,
                Page = Page,
                PageSize = PageSize,
                AsTyped = AsTyped ? "true" : null,
            };
            var (request, problems) = input.Read(OptionName);
            if (request is null)
            {
                return ValidationResult.Error(string.Join(" ", problems.Select(p => p.Message)));
            }

            Request = request;
            return base.Validate();
        }

        /// <summary>A request parameter's name on this command line.</summary>
        private static string OptionName(string parameter) => parameter switch
        {
            "q" => "the query",
            "pageSize" => "--page-size",
            _ => $"--{parameter}",
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = invocation.Options;
        var (generator, unavailable) = settings.Request.Mode == SearchMode.Lexical ? (null, null) : EmbeddingModels.TryCreate(options.Semantic);
        if (unavailable is not null)
        {
            errors.Console.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(unavailable)}");
        }

        using var engine = SearchEngine.Create(options, writable: false, generator: generator, semanticUnavailable: unavailable);
        engine.Start();
        var result = engine.Search.Search(settings.Request);
        if (settings.Json)
        {
            JsonOutput.Write(console, result);
            return ExitCodes.Success;
        }

        var rank = (result.Page - 1) * result.PageSize;
        var rows = result.Hits.Select(hit => new[]
        {
            (++rank).ToString(CultureInfo.InvariantCulture),
            hit.Title,
            hit.Url,
            hit.Type.ToName(),
            hit.Score.ToString("0.000", CultureInfo.InvariantCulture),
            string.Join(' ', hit.Missing),
        }).ToList();

        // Piped, standard output carries the rows alone; the counts and the suggestion go to standard error.
        var notes = format.Plain ? errors.Console : console;
        FittedTable.Write(console, format, $"{result.TotalHits} result(s) for {settings.Query} ({result.Mode.ToString().ToLowerInvariant()}, {result.TookMs:0.0} ms)", Columns, rows);
        if (format.Plain)
        {
            notes.WriteLine($"{result.TotalHits} result(s) ({result.Mode.ToString().ToLowerInvariant()}, {result.TookMs:0.0} ms)");
        }

        if (result.SearchedFor is { } searchedFor)
        {
            notes.MarkupLine($"Showing results for [bold]{Markup.Escape(searchedFor)}[/] (--as-typed searches {Markup.Escape(settings.Query)}).");
        }

        if (result.WordsNotFound.Count > 0)
        {
            notes.MarkupLine($"No page mentions {Markup.Escape(string.Join(", ", result.WordsNotFound))}.");
        }

        if (result.DidYouMean is { } suggestion)
        {
            notes.MarkupLine($"Did you mean [bold]{Markup.Escape(suggestion)}[/]?");
        }

        return ExitCodes.Success;
    }
}
