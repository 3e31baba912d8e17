using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Searching;

public sealed class TypoRankingTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("typos");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_page_with_the_exact_word_ranks_above_pages_that_only_match_a_close_spelling()
    {
        var content = _directory.Combine("content");
        ContentFiles.Write(content, "a.md", ContentFiles.Post("opioid-one", "Opioid help", "Opioid withdrawal can be eased. Opioid treatment works. Opioid recovery is real."));
        ContentFiles.Write(content, "b.md", ContentFiles.Post("opioid-two", "Opioid facts", "Opioid use disorder is treatable. Opioid medications help."));
        ContentFiles.Write(content, "c.md", ContentFiles.Post("typo-page", "A note", "This page misspells the word as opiod once."));
        var options = SampleSite.Options(_directory.Combine("index"), content);
        SampleSite.Build(options);
        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();

        var hits = engine.Search.Search(new SearchRequest { Query = "opiod " }).Hits.Select(h => h.Url).ToList();

        Assert.Equal("/blog/typo-page/", hits[0]);
        Assert.Contains("/blog/opioid-one/", hits);
        Assert.Contains("/blog/opioid-two/", hits);
    }
}
