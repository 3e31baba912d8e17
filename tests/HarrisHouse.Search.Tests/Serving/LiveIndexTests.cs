using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HarrisHouse.Search.Tests.Serving;

public sealed class LiveIndexTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("live");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_searcher_leased_before_a_reindex_keeps_answering_and_new_leases_see_the_new_content_after_the_switch()
    {
        var content = _directory.CopyOfSampleContent();
        var options = SampleSite.Options(_directory.Combine("index"), content);
        SampleSite.Build(options);
        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();

        using var before = engine.Index.Acquire();
        var countBefore = before.Searcher.IndexReader.NumDocs;
        ContentFiles.Write(content, "blog/zebra.md", ContentFiles.Post("zebra-therapy", "Zebra therapy", "Equine and zebra assisted therapy in recovery."));
        SampleSite.Build(options);
        engine.Index.Refresh();

        Assert.Equal(countBefore, before.Searcher.IndexReader.NumDocs);
        Assert.Equal(0, before.Searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("url", "/blog/zebra-therapy/")), 1).TotalHits);
        var result = engine.Search.Search(new SearchRequest { Query = "zebra" });
        Assert.Equal("/blog/zebra-therapy/", result.Hits[0].Url);
        Assert.Equal("gen-000002", engine.Index.Status.Generation);
    }

    [Fact]
    public void A_generation_switched_in_by_another_process_is_picked_up_by_the_poll_after_one_interval()
    {
        var options = SampleSite.Options(_directory.Combine("index"));
        SampleSite.Build(options);
        SampleSite.Build(options);
        var store = new GenerationStore(options.FullIndexPath);
        var (first, second) = (store.ListComplete()[0], store.ListComplete()[1]);
        store.SwitchTo(first);
        var time = new FakeTimeProvider();
        using var index = new LiveIndex(new LiveIndexOptions { Root = options.FullIndexPath, Index = options.IndexSettings, Similarity = new SearchSimilarity(options.Ranking.Bm25K1, options.Ranking.Bm25B), TimeProvider = time });
        index.Start();
        var interval = index.Options.PollInterval;
        Assert.True(interval <= TimeSpan.FromSeconds(1), $"the poll runs every {interval}: a switch must be noticed within a second");
        Assert.Equal("gen-000001", index.Status.Generation);

        // Another process (the staff command) switches CURRENT; nothing notices it until the poll's interval has passed.
        store.SwitchTo(second);
        time.Advance(interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal("gen-000001", index.Status.Generation);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("gen-000002", index.Status.Generation);

        // And the poll keeps going: a rollback is noticed one interval later.
        store.SwitchTo(first);
        time.Advance(interval);
        Assert.Equal("gen-000001", index.Status.Generation);
    }

    [Fact]
    public void With_no_index_built_nothing_is_served_and_the_status_says_why()
    {
        using var engine = SearchEngine.Create(SampleSite.Options(_directory.Combine("empty-index")), writable: false);
        engine.Index.Start();

        Assert.Equal(IndexHealth.Unavailable, engine.Index.Status.Health);
        Assert.Throws<IndexUnavailableException>(() => engine.Search.Search(new SearchRequest { Query = "detox" }));
    }
}
