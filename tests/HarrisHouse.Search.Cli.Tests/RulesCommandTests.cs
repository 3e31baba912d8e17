using System.Text.Json;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>The staff command lists the rules and the change journal, and undoes a change by its number.</summary>
[Trait("Speed", "Slow")]
public sealed class RulesCommandTests : IDisposable
{
    private const string Pin = "/treatments/continuum-of-care/";
    private readonly TemporaryDirectory _directory = new("cli-rules");
    private readonly SearchOptions _options;

    public RulesCommandTests()
    {
        _options = SampleSite.Options(_directory.Combine("index"));
        SampleSite.Build(_options);
        using var engine = SearchEngine.Create(_options, writable: false);
        engine.Start();
        Assert.Empty(engine.Curation.PutRule(new SearchRule("pay", "insurance", RuleMatch.Exact, [Pin], []), "web team"));
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Rules_list_shows_the_rules_and_the_numbered_changes_with_who_made_them()
    {
        var text = StaffCommand.Execute(_options, "rules", "list");
        var json = JsonDocument.Parse(StaffCommand.Execute(_options, "rules", "list", "--json").Output).RootElement;

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("web team", text.Output, StringComparison.Ordinal);
        Assert.Contains("put rule pay", text.Output, StringComparison.Ordinal);
        Assert.Equal("pay", Assert.Single(json.GetProperty("rules").EnumerateArray()).GetProperty("id").GetString());
        var change = Assert.Single(json.GetProperty("changes").EnumerateArray());
        Assert.Equal((1, "web team"), (change.GetProperty("id").GetInt32(), change.GetProperty("key").GetString()));
    }

    [Fact]
    public void Rules_undo_puts_the_rule_back_as_it_was_and_a_second_undo_of_the_same_change_is_refused()
    {
        var undo = StaffCommand.Execute(_options, "rules", "undo", "1", "--json");

        Assert.Equal(0, undo.ExitCode);
        Assert.Equal("staff command", JsonDocument.Parse(undo.Output).RootElement.GetProperty("change").GetProperty("key").GetString());
        using (var engine = SearchEngine.Create(_options, writable: false))
        {
            Assert.Empty(engine.Curation.Rules());
        }

        var again = StaffCommand.Execute(_options, "rules", "undo", "1");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("changed again", again.Errors, StringComparison.Ordinal);
        Assert.Equal(2, StaffCommand.Execute(_options, "rules", "undo", "42").ExitCode);
    }
}
