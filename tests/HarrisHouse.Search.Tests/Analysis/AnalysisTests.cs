using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Analysis;

public sealed class AnalysisTests
{
    private static List<string> Terms(string text, Stemmer stemmer = Stemmer.KStem) =>
        SiteAnalyzers.Analyze(SiteAnalyzers.Text(stemmer), "body", text).Select(t => t.Text).ToList();

    [Fact]
    public void Text_analysis_removes_possessives_case_accents_and_stop_words_and_stems()
    {
        Assert.Equal(["harris", "house", "program"], Terms("Harris House's programs"));
        Assert.Equal(["cafe", "detox"], Terms("the Café DETOX"));
        Assert.Equal(["benzodiazepine"], Terms("benzodiazepines"));
    }

    [Fact]
    public void Both_stemmers_are_available()
    {
        Assert.Equal(["relaps"], Terms("relapsing", Stemmer.Porter));
        Assert.Equal(["relapse"], Terms("relapsing", Stemmer.KStem));
    }

    [Fact]
    public void Synonym_rules_map_words_and_phrases_both_ways_or_one_way()
    {
        var set = SynonymSet.Parse(["rehab, treatment", "sober living, transitional housing", "percs => oxycodone", "# a comment", ""], SiteAnalyzers.Text(Stemmer.KStem));

        Assert.Equal(["treatment"], set.LongestMatchAt(["rehab"], 0)!.Alternatives.Single());
        Assert.Equal(["rehab"], set.LongestMatchAt(["treatment"], 0)!.Alternatives.Single());
        Assert.Equal(Terms("transitional housing"), set.LongestMatchAt(["sober", "living"], 0)!.Alternatives.Single());
        Assert.Equal(2, set.LongestMatchAt(["sober", "living", "cost"], 0)!.Match.Count);
        Assert.NotNull(set.LongestMatchAt(["perc"], 0));
        Assert.Null(set.LongestMatchAt(["oxycodone"], 0));
        Assert.Null(set.LongestMatchAt(["sober"], 0));
    }

    [Fact]
    public void A_malformed_synonym_line_is_reported_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => SynonymSet.Parse(["rehab, treatment", "lonely"], SiteAnalyzers.Text(Stemmer.KStem), "synonyms.txt"));
        Assert.Contains("synonyms.txt:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_synonyms_file_parses_and_covers_what_people_type()
    {
        var analyzer = SiteAnalyzers.Text(Stemmer.KStem);
        var set = SynonymSet.Load(RepositoryPaths.Synonyms, analyzer);
        foreach (var word in new[] { "rehab", "detox", "php", "iop", "sober living", "meth", "benzos", "oxy", "percs", "xanax", "suboxone", "mat", "aa", "oud", "aud" })
        {
            var terms = SiteAnalyzers.Analyze(analyzer, "body", word).Select(t => t.Text).ToList();
            Assert.True(set.LongestMatchAt(terms, 0) is not null, $"no synonym rule for '{word}'");
        }
    }
}
