using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Curation;

/// <summary>
/// Staff edit synonyms and crisis phrases live: checked line by line, in force for the next search with no
/// restart, journalled with who made each change, and undone one change at a time.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class CurationEditTests : IDisposable
{
    private readonly TemporaryDirectory _directory;
    private readonly SearchEngine _engine;

    public CurationEditTests()
    {
        (_directory, _engine) = SampleSite.BuildAndOpen(options =>
        {
            // Copies: these tests rewrite the files.
            var home = Path.GetDirectoryName(options.FullIndexPath)!;
            options.SynonymsPath = Path.Combine(home, "synonyms.txt");
            options.CrisisPhrasesPath = Path.Combine(home, "crisis-phrases.txt");
            File.Copy(RepositoryPaths.Synonyms, options.SynonymsPath);
            File.Copy(RepositoryPaths.CrisisPhrases, options.CrisisPhrasesPath);
            return options;
        });
    }

    public void Dispose()
    {
        _engine.Dispose();
        _directory.Dispose();
    }

    private IReadOnlyList<string> Search(string query) =>
        _engine.Search.Search(new SearchRequest { Query = query, Mode = SearchMode.Lexical, PageSize = 20 }).Hits.Select(h => h.Url).ToList();

    [Fact]
    public void An_added_synonym_works_on_the_next_search_with_no_restart()
    {
        Assert.Empty(Search("quillbrask"));

        var problems = _engine.Curation.Write(CurationFile.Synonyms, _engine.Curation.Read(CurationFile.Synonyms) + "\nquillbrask => detox\n", "web team");

        Assert.Empty(problems);
        Assert.Contains("/treatments/inpatient-detox/", Search("quillbrask"));
    }

    [Fact]
    public void A_malformed_synonym_line_is_refused_naming_its_line_and_the_file_is_left_as_it_was()
    {
        var before = _engine.Curation.Read(CurationFile.Synonyms);
        var lines = before.Split('\n').Length;

        var problems = _engine.Curation.Write(CurationFile.Synonyms, before + "\njust-one-word\n", "web team");

        var problem = Assert.Single(problems);
        Assert.Contains($":{lines + 1}:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("just-one-word", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, _engine.Curation.Read(CurationFile.Synonyms));
        Assert.Empty(_engine.Curation.Changes());
    }

    [Fact]
    public void A_crisis_phrase_added_shows_the_emergency_notice_on_the_next_search_and_a_bad_section_is_refused()
    {
        Assert.False(_engine.SignalsEmergency("glimmerquist zorvane tonight"));

        var refused = _engine.Curation.Write(CurationFile.CrisisPhrases, "[fr]\nje veux mourir\n!!!\n", "web team");
        Assert.Equal(["line 1", "line 3"], refused.Select(p => p.Field));

        Assert.Empty(_engine.Curation.Write(CurationFile.CrisisPhrases, "glimmerquist zorvane\n" + _engine.Curation.Read(CurationFile.CrisisPhrases), "web team"));
        Assert.True(_engine.SignalsEmergency("glimmerquist zorvane tonight"));
        Assert.True(_engine.Search.Search(new SearchRequest { Query = "glimmerquist zorvane", Mode = SearchMode.Lexical }).Crisis);
    }

    [Theory]
    [InlineData(CurationFile.Synonyms)]
    [InlineData(CurationFile.CrisisPhrases)]
    public void The_shipped_file_passes_its_own_checks(CurationFile file)
    {
        Assert.Empty(_engine.Curation.Write(file, _engine.Curation.Read(file)));
    }

    [Fact]
    public void Every_change_is_journalled_with_its_key_and_undone_one_at_a_time_newest_first()
    {
        const string pin = "/treatments/continuum-of-care/";
        Assert.Empty(_engine.Curation.PutRule(new SearchRule("pay", "insurance", RuleMatch.Exact, [pin], []), "web team"));
        var original = _engine.Curation.Read(CurationFile.Synonyms);
        Assert.Empty(_engine.Curation.Write(CurationFile.Synonyms, original + "\nquillbrask => detox\n", "key 1"));

        var changes = _engine.Curation.Changes();
        Assert.Equal([(2L, "synonyms", "key 1"), (1L, "rule", "web team")], changes.Select(c => (c.Id, c.Kind, c.Key)));
        Assert.Null(changes[1].Before);
        Assert.Contains(pin, changes[1].After, StringComparison.Ordinal);

        var undone = _engine.Curation.Undo(2, "web team");
        Assert.Equal(UndoStatus.Undone, undone.Status);
        Assert.Equal(original, _engine.Curation.Read(CurationFile.Synonyms));
        Assert.Empty(Search("quillbrask"));
        Assert.True(_engine.Curation.Changes().Single(c => c.Id == 2).Undone);

        Assert.Equal(UndoStatus.Undone, _engine.Curation.Undo(1).Status);
        Assert.Empty(_engine.Curation.Rules());
        Assert.NotEqual(pin, Search("insurance").FirstOrDefault());
        Assert.Equal(UndoStatus.NotFound, _engine.Curation.Undo(99).Status);
    }

    [Fact]
    public void An_undo_is_refused_while_a_later_change_to_the_same_target_stands()
    {
        Assert.Empty(_engine.Curation.PutRule(new SearchRule("pay", "insurance", RuleMatch.Exact, ["/treatments/continuum-of-care/"], [])));
        Assert.Empty(_engine.Curation.PutRule(new SearchRule("pay", "insurance", RuleMatch.Exact, ["/treatments/inpatient-detox/"], [])));

        var refused = _engine.Curation.Undo(1);

        Assert.Equal(UndoStatus.Conflict, refused.Status);
        Assert.Contains("change 1", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(["/treatments/inpatient-detox/"], _engine.Curation.Rules().Single().Pin);
        Assert.Equal(UndoStatus.Undone, _engine.Curation.Undo(2).Status);
        Assert.Equal(UndoStatus.Undone, _engine.Curation.Undo(1).Status);
        Assert.Empty(_engine.Curation.Rules());
    }
}
