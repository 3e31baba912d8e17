using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Serving;

public sealed class SearcherWarmingTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("warming");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Every_searcher_is_warmed_before_it_is_leased_at_start_and_after_a_live_update()
    {
        var options = SampleSite.Options(_directory.Combine("index"));
        SampleSite.Build(options);
        using var engine = SearchEngine.Create(options, writable: true);
        var warmed = new List<IndexReader>();
        engine.Index.WarmWith(reader =>
        {
            lock (warmed)
            {
                warmed.Add(reader);
            }
        });
        engine.Index.Start();

        using (var first = engine.Index.Acquire())
        {
            Assert.Contains(first.Searcher.IndexReader, warmed);
        }

        engine.Index.Upsert(new ContentItem { Url = "/blog/zymurgy-and-recovery/", Type = ContentType.Blog, Title = "Zymurgy and recovery", Body = "A post added live." });

        using var after = engine.Index.Acquire();
        Assert.Equal("/blog/zymurgy-and-recovery/", engine.Search.Search(new SearchRequest { Query = "zymurgy" }).Hits[0].Url);
        Assert.Contains(after.Searcher.IndexReader, warmed);
        Assert.True(warmed.Count >= 2, $"the live update's reader should have been warmed too ({warmed.Count} warmed)");
    }

    [Fact]
    public void A_warmer_that_fails_does_not_keep_the_generation_from_being_served()
    {
        var options = SampleSite.Options(_directory.Combine("index"));
        SampleSite.Build(options);
        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.WarmWith(_ => throw new InvalidOperationException("a cache could not be built"));
        engine.Index.Start();

        Assert.Equal("gen-000001", engine.Index.Status.Generation);
        Assert.Equal("/treatments/inpatient-detox/", engine.Search.Search(new SearchRequest { Query = "inpatient detox" }).Hits[0].Url);
    }

    [Fact]
    public void Staff_phrases_warmed_are_not_read_again_by_the_search_after()
    {
        var options = SampleSite.Options(_directory.Combine("index"));
        SampleSite.Build(options);
        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();
        using var lease = engine.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var analyzer = SiteAnalyzers.Text(Stemmer.KStem);
        var analysed = 0;
        var phrases = new StaffPhrases(text =>
        {
            analysed++;
            return [.. SiteAnalyzers.Analyze(analyzer, IndexSchema.Body, text).Select(t => t.Text)];
        });

        phrases.Warm(reader);
        var byWarming = analysed;
        var found = phrases.Within(reader, "talk to someone now about my drinking");

        Assert.True(byWarming > 0, "warming should have read the sample site's staff phrases");
        Assert.Equal(byWarming + 1, analysed);
        Assert.Contains(found, doc => IndexSchema.LoadUrl(reader, doc) == "/contact/");
    }
}
