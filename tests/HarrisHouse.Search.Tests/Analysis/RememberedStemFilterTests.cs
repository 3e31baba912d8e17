using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Testing;
using Lucene.Net.Analysis;

namespace HarrisHouse.Search.Tests.Analysis;

public sealed class RememberedStemFilterTests
{
    /// <summary>The text chain of queries: each word stemmed each time.</summary>
    private static readonly Analyzer StemmedEachTime = SiteAnalyzers.Text(Stemmer.KStem);

    /// <summary>The text chain of a generation's build.</summary>
    private static Analyzer Remembering() => SiteAnalyzers.Text(Stemmer.KStem, rememberStems: true);

    [Fact]
    public void Every_English_word_gets_the_stem_KStem_and_the_plurals_list_give_it_the_first_time_and_again()
    {
        // 73,000 words, more than a stream remembers: those past the limit are stemmed as they come. Each twice, so
        // the second reading of the first 20,000 comes from memory.
        var words = string.Join(' ', EmbeddedFile.Lines("HarrisHouse.Search.Searching.Spelling.english-words.txt"));
        Assert.True(words.Split(' ').Length > RememberedStemFilter.MaxWords * 2);
        var text = words + " " + words;

        var remembered = SiteAnalyzers.Analyze(Remembering(), "body", text);
        var eachTime = SiteAnalyzers.Analyze(StemmedEachTime, "body", text);

        Assert.Equal(eachTime.Count, remembered.Count);
        Assert.Equal(eachTime, remembered);
    }

    [Fact]
    public async Task The_sample_site_is_analysed_as_when_each_word_was_stemmed_each_time()
    {
        var analyzer = Remembering();
        foreach (var item in await SampleSite.ItemsAsync())
        {
            foreach (var text in new[] { item.Title, item.Summary, item.Body })
            {
                Assert.Equal(SiteAnalyzers.Analyze(StemmedEachTime, "body", text), SiteAnalyzers.Analyze(analyzer, "body", text));
            }
        }
    }

    [Theory]
    [InlineData("friends friend friends", "friend friend friend")]
    [InlineData("relapsing relapses relapsing", "relapse relapse relapse")]
    public void A_word_met_again_keeps_its_stem(string text, string stems) =>
        Assert.Equal(stems.Split(' '), SiteAnalyzers.Analyze(Remembering(), "body", text).Select(t => t.Text));
}
