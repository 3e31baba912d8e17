using System.Text.Json;
using System.Text.RegularExpressions;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>The staff command end to end on a temporary copy of the content, in-process.</summary>
[Trait("Speed", "Slow")]
public sealed class StaffCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("cli");
    private readonly SearchOptions _options;

    public StaffCommandTests()
    {
        _options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
    }

    public void Dispose() => _directory.Dispose();

    private StaffCommand.Run Run(params string[] args) => StaffCommand.Execute(_options, args);

    [Fact]
    public void Reindex_builds_a_generation_and_prints_a_summary_table()
    {
        var run = Run("reindex");

        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[] { "Reindex complete", "blog items", "treatment items", "addiction items", "page items", "Items indexed", "Problems", "Elapsed", "Index size", "gen-000001" })
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }

        Assert.Equal("gen-000001", new GenerationStore(_options.FullIndexPath).Current()!.Name);
    }

    [Fact]
    public void Reindex_with_json_writes_one_json_document_to_standard_output()
    {
        var run = Run("reindex", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.True(json.GetProperty("succeeded").GetBoolean());
        Assert.Equal("gen-000001", json.GetProperty("generation").GetString());
        Assert.True(json.GetProperty("documents").GetInt32() > 80);
        Assert.Equal(53, json.GetProperty("documentsByType").GetProperty("blog").GetInt32());
    }

    [Fact]
    public void Reindex_skips_a_bad_file_names_its_file_and_field_indexes_the_rest_and_exits_with_its_own_code()
    {
        ContentFiles.Write(_options.ContentPath, "blog/broken.md", "---\ntype: blog\ntitle: \"Broken\"\nurl: /blog/broken/\ndate: someday\n---\nText.");

        var run = Run("reindex", "--json");

        Assert.Equal(ExitCodes.IndexedWithProblems, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        var problem = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.EndsWith("broken.md", problem.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("date", problem.GetProperty("field").GetString());
        Assert.Equal(5, problem.GetProperty("line").GetInt32());
        Assert.True(json.GetProperty("documents").GetInt32() > 80);
    }

    [Fact]
    public void Reindex_strict_refuses_to_index_anything_when_one_file_is_bad()
    {
        ContentFiles.Write(_options.ContentPath, "blog/broken.md", "---\ntype: blog\nurl: /blog/broken/\ndate: 2024-01-01\n---\nNo title.");

        var run = Run("reindex", "--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.md", run.Output, StringComparison.Ordinal);
        Assert.Contains("title", run.Output, StringComparison.Ordinal);
        Assert.Null(new GenerationStore(_options.FullIndexPath).Current());
    }

    [Fact]
    public void Validate_reports_problems_and_indexes_nothing()
    {
        Assert.Equal(0, Run("validate").ExitCode);
        ContentFiles.Write(_options.ContentPath, "pages/bad.md", "---\ntype: brochure\ntitle: \"Bad\"\nurl: /bad/\n---\nText.");

        var run = Run("validate", "--json");

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("type", problem.GetProperty("field").GetString());
        Assert.False(Directory.Exists(_options.FullIndexPath));
    }

    [Fact]
    public void Search_shows_ranked_results_as_a_table_and_as_the_apis_json()
    {
        Run("reindex");

        var table = Run("search", "detox");
        Assert.Equal(0, table.ExitCode);
        var firstRow = table.Output.Split('\n').First(line => line.Contains("/treatments/inpatient-detox/", StringComparison.Ordinal));
        Assert.Matches(@"^\W*1\W", firstRow);

        var json = Run("search", "opioid addiction", "--json");
        var result = JsonSerializer.Deserialize<SearchResult>(json.Output, SearchJson.Options)!;
        var top = result.Hits.Take(5).Select(h => h.Url).ToList();
        Assert.Contains("/addictions/opioids/", top);
        Assert.Contains("/blog/whats-the-difference-between-opioid-dependence-and-addiction/", top);
    }

    [Fact]
    public void Stats_lists_the_generations_and_rollback_returns_to_the_previous_one()
    {
        Run("reindex");
        Run("reindex");

        var stats = JsonDocument.Parse(Run("stats", "--json").Output).RootElement;
        Assert.Equal("gen-000002", stats.GetProperty("current").GetString());
        Assert.Equal(2, stats.GetProperty("generations").GetArrayLength());

        var rollback = Run("rollback", "--json");
        Assert.Equal(0, rollback.ExitCode);
        Assert.Equal("gen-000001", JsonDocument.Parse(rollback.Output).RootElement.GetProperty("to").GetString());
        Assert.Equal("gen-000001", new GenerationStore(_options.FullIndexPath).Current()!.Name);

        var again = Run("rollback");
        Assert.Equal(4, again.ExitCode);
        Assert.Contains("nothing to roll back to", Regex.Replace(again.Errors, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal("", again.Output.Trim());
    }

    [Fact]
    public void Stats_says_when_the_live_generation_was_built_by_an_older_text_analysis()
    {
        Run("reindex");
        Assert.DoesNotContain("reindex it", Run("stats").Output, StringComparison.Ordinal);

        var generation = new GenerationStore(_options.FullIndexPath).Current()!;
        (generation.Manifest with { Analysis = 0 }).WriteTo(generation.Directory);

        Assert.Contains("gen-000001 was built by text analysis 0", Regex.Replace(Run("stats").Output, @"\s+", " "), StringComparison.Ordinal);
        var stats = JsonDocument.Parse(Run("stats", "--json").Output).RootElement;
        Assert.Equal(SearchEngine.AnalysisVersion, stats.GetProperty("analysis").GetInt32());
        Assert.Equal(0, stats.GetProperty("generations")[0].GetProperty("analysis").GetInt32());
    }

    [Fact]
    public void A_reindex_while_another_holds_the_lock_fails_at_once_with_exit_code_3()
    {
        using var held = ReindexLock.Acquire(_options.FullIndexPath, "another run");

        var run = Run("reindex", "--json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("another reindex", run.Errors, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(run.Output).RootElement.GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public void Without_an_index_search_and_stats_say_so_with_exit_code_4()
    {
        Assert.Equal(4, Run("search", "detox").ExitCode);
        Assert.Equal(4, Run("stats").ExitCode);
    }

    [Theory]
    [InlineData("reindex")]
    [InlineData("validate")]
    [InlineData("search", "rehab")]
    [InlineData("stats")]
    [InlineData("rollback")]
    public void Every_verb_writes_a_json_document_with_json(params string[] verb)
    {
        Run("reindex");
        Run("reindex");

        var run = Run([.. verb, "--json"]);

        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(run.Output).RootElement.ValueKind);
    }

    [Fact]
    public void The_root_help_lists_the_exit_codes_once_and_the_examples_use_the_readme_command()
    {
        var root = Run("--help");
        Assert.Contains("EXIT CODES", root.Output, StringComparison.Ordinal);
        Assert.Matches(@"3\s+another reindex is running", root.Output);
        Assert.Matches(@"6\s+reindexed, but broken items were skipped", root.Output);

        var verb = Run("reindex", "--help");
        Assert.DoesNotContain("EXIT CODES", verb.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/HarrisHouse.Search.Cli -- reindex --source index-data/content --strict", Regex.Replace(verb.Output, @"\s+", " "), StringComparison.Ordinal);
        Assert.DoesNotContain("hh-search", verb.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_value_is_a_usage_error()
    {
        Run("reindex");
        Assert.NotEqual(0, Run("search", "detox", "--type", "podcast").ExitCode);
    }
}
