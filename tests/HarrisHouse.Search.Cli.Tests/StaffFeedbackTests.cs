using System.Text.Json;
using System.Text.RegularExpressions;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>The staff command says what it did: kept items, warnings, wrong options, and output that fits.</summary>
[Trait("Speed", "Slow")]
public sealed class StaffFeedbackTests : IDisposable
{
    private const string RelapsePost = "/blog/how-to-prevent-relapse-tips-and-strategies/";
    private readonly TemporaryDirectory _directory = new("cli-feedback");
    private readonly SearchOptions _options;

    public StaffFeedbackTests()
    {
        _options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
    }

    public void Dispose() => _directory.Dispose();

    private StaffCommand.Run Run(params string[] args) => StaffCommand.Execute(_options, args);

    /// <summary>Messages as one line: the console wraps them at its width.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void A_file_broken_since_the_last_reindex_keeps_its_last_good_version_in_live_search()
    {
        Assert.Equal(0, Run("reindex").ExitCode);
        var file = Directory.EnumerateFiles(_options.ContentPath, "*.md", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains($"url: {RelapsePost}", StringComparison.Ordinal));
        File.WriteAllText(file, File.ReadAllText(file).Replace("date: 20", "date: someday 20", StringComparison.Ordinal));

        var run = Run("reindex", "--json");

        Assert.Equal(ExitCodes.IndexedWithProblems, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal([RelapsePost], json.GetProperty("keptFromLive").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(RelapsePost, Assert.Single(json.GetProperty("problems").EnumerateArray()).GetProperty("url").GetString());
        var search = JsonSerializer.Deserialize<SearchResult>(Run("search", "prevent relapse tips", "--json").Output, SearchJson.Options)!;
        Assert.Contains(RelapsePost, search.Hits.Select(h => h.Url));

        var words = Run("reindex");
        Assert.Contains("Kept the last good version of 1 item(s)", words.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_front_matter_key_is_a_warning_naming_the_key_it_meant_and_an_error_under_strict()
    {
        ContentFiles.Write(_options.ContentPath, "blog/misspelled.md", "---\ntype: blog\ntitle: \"Misspelled\"\nurl: /blog/misspelled/\ndate: 2024-01-01\ncategorys: [Recovery]\n---\nText.");

        var validate = Run("validate", "--json");

        Assert.Equal(0, validate.ExitCode);
        var warning = Assert.Single(JsonDocument.Parse(validate.Output).RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("categorys", warning.GetProperty("field").GetString());
        Assert.Equal(6, warning.GetProperty("line").GetInt32());
        Assert.Contains("did you mean 'categories'?", warning.GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.ContentProblems, Run("validate", "--strict").ExitCode);
        Assert.Equal(ExitCodes.ContentProblems, Run("reindex", "--strict").ExitCode);
        var reindex = Run("reindex");
        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("categorys", reindex.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_on_a_source_with_no_items_fails()
    {
        var empty = _directory.Combine("empty");
        Directory.CreateDirectory(empty);

        foreach (var source in new[] { "--html", "--source" })
        {
            var run = Run("validate", source, empty);

            Assert.Equal(ExitCodes.ContentProblems, run.ExitCode);
            Assert.Contains("No items were found", Flat(run.Errors), StringComparison.Ordinal);
            Assert.DoesNotContain("are valid", run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--mode", "foo", "--mode must be one of hybrid, lexical, semantic; it was 'foo'")]
    [InlineData("--type", "podcast", "--type 'podcast' is not one of")]
    [InlineData("--page-size", "500", "--page-size must be between 1 and 50")]
    [InlineData("--page", "two", "--page must be a whole number")]
    public void An_invalid_option_value_names_the_option_and_its_allowed_values(string option, string value, string expected)
    {
        var run = Run("search", "detox", option, value);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains(expected, Flat(run.Errors), StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_results_fit_80_columns_in_a_terminal_and_are_plain_tab_separated_lines_when_piped_with_the_words_each_lacks()
    {
        Assert.Equal(0, Run("reindex").ExitCode);

        var terminal = StaffCommand.Execute(_options, new WebSourceSettings(), new OutputFormat(Plain: false), 80, "search", "how to talk to a family member about addiction");
        var lines = terminal.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^│\s+1 │ \S.* │ /\S+ +│ [a-z]+ +│ +[0-9.]+ │ .*│$"));

        var piped = StaffCommand.Execute(_options, new WebSourceSettings(), new OutputFormat(Plain: true), 80, "search", "how to talk to a family member about addiction");
        var rows = piped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#\tTitle\tURL\tType\tScore\tMissing", rows[0]);
        Assert.Equal(11, rows.Length);
        Assert.All(rows, row => Assert.Equal(6, row.Split('\t').Length));
        Assert.All(rows.Skip(1), row => Assert.StartsWith("/", row.Split('\t')[2], StringComparison.Ordinal));
        Assert.Contains(rows.Skip(1), row => row.Split('\t')[1].Length > 40);
        Assert.DoesNotContain("│", piped.Output, StringComparison.Ordinal);

        // The sample site says nothing about gambling: each page found for the rest says it lacks the word.
        var lacking = StaffCommand.Execute(_options, new WebSourceSettings(), new OutputFormat(Plain: true), 80, "search", "gambling addiction");
        var found = lacking.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, row => Assert.Equal("gambling", row.Split('\t')[5]));
        Assert.Contains("No page mentions gambling.", lacking.Errors, StringComparison.Ordinal);
    }
}
