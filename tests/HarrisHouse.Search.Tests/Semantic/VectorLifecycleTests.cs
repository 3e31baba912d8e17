using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>
/// Vectors live in the generation with the text, embedded once per distinct text: reindexes, live updates
/// and rollbacks keep the semantic side in step with the lexical side.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class VectorLifecycleTests
{
    private const string BeekeepingQuestion = "tending bees and collecting honey as a calming pastime";

    // The run's own mark makes the text new to the shared embedding cache, so the upsert must embed it.
    private static ContentItem BeekeepingPost() => new()
    {
        Url = "/blog/beekeeping-in-recovery/",
        Type = ContentType.Blog,
        Title = "An apiary on the back lot",
        Summary = "Residents look after two hives and harvest honey in late summer.",
        Body = "Looking after hives asks for patience and slow, steady hands. Residents suit up, check the frames and harvest honey each August. Hive log " + Guid.NewGuid().ToString("N")[..8] + ".",
        Categories = ["Recovery"],
    };

    private static bool FindsBeekeeping(SearchEngine engine) =>
        engine.Search.Search(new SearchRequest { Query = BeekeepingQuestion, Mode = SearchMode.Semantic, PageSize = 3 })
            .Hits.Any(h => h.Url == "/blog/beekeeping-in-recovery/");

    [Fact]
    public void Reindexing_unchanged_content_embeds_nothing_and_a_changed_item_embeds_only_itself()
    {
        using var directory = new TemporaryDirectory("embedding-cache");
        var content = directory.CopyOfSampleContent();
        var options = SemanticSite.Options(directory.Combine("index"), content, cachePath: directory.Combine("cache"));
        using var engine = SearchEngine.Create(options, writable: true, generator: SemanticSite.Generator);

        var first = SemanticSite.Build(engine);
        var unchanged = SemanticSite.Build(engine);
        var anyPost = Directory.EnumerateFiles(Path.Combine(content, "blog"), "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(anyPost, File.ReadAllText(anyPost).Replace("\n---\n", "\n---\n\nA sentence added by the test.\n", StringComparison.Ordinal));
        var oneChanged = SemanticSite.Build(engine);

        Assert.True(first.Succeeded && unchanged.Succeeded && oneChanged.Succeeded);
        Assert.Equal(first.DocumentCount, first.Generation!.Manifest.TextsEmbedded);
        Assert.Equal(0, unchanged.Generation!.Manifest.TextsEmbedded);
        Assert.Equal(1, oneChanged.Generation!.Manifest.TextsEmbedded);
        Assert.Equal("all-MiniLM-L6-v2", first.Generation.Manifest.EmbeddingModel);
    }

    [Fact]
    public void An_upsert_embeds_one_item_which_semantic_search_finds_at_once_and_a_delete_removes_it()
    {
        var (directory, engine) = SemanticSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            Assert.False(FindsBeekeeping(engine));
            var embeddedBefore = engine.Embedder!.Embedded;

            engine.Index.Upsert(BeekeepingPost());

            Assert.Equal(embeddedBefore + 1, engine.Embedder.Embedded);
            Assert.True(FindsBeekeeping(engine), "the upserted item is not found by its meaning");

            engine.Index.Delete("/blog/beekeeping-in-recovery/");

            Assert.False(FindsBeekeeping(engine), "the deleted item is still found by its meaning");
        }
    }

    [Fact]
    public void Rolling_back_a_generation_rolls_back_its_vectors()
    {
        using var directory = new TemporaryDirectory("vector-rollback");
        var content = directory.CopyOfSampleContent();
        var options = SemanticSite.Options(directory.Combine("index"), content);
        using var engine = SearchEngine.Create(options, writable: true, generator: SemanticSite.Generator);
        SemanticSite.Build(engine);
        engine.Index.Start();
        Assert.False(FindsBeekeeping(engine));

        var post = BeekeepingPost();
        ContentFiles.Write(content, "blog/beekeeping-in-recovery.md", ContentFiles.Post("beekeeping-in-recovery", post.Title, post.Body, extra: ""));
        SemanticSite.Build(engine);
        engine.Index.Refresh();
        Assert.True(FindsBeekeeping(engine), "the reindexed generation's vectors are not served");

        GenerationRollback.Run(options.FullIndexPath);
        engine.Index.Refresh();

        Assert.False(FindsBeekeeping(engine), "after the rollback the newer generation's vectors are still served");
        using var lease = engine.Index.Acquire();
        Assert.True(VectorIndex.HasVectors(lease.Searcher.IndexReader));
    }

    [Fact]
    public void Without_the_model_every_mode_runs_lexically_and_says_so()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            Assert.Null(engine.Semantic);
            foreach (var mode in new SearchMode?[] { null, SearchMode.Hybrid, SearchMode.Semantic })
            {
                var result = engine.Search.Search(new SearchRequest { Query = "detox", Mode = mode });
                Assert.Equal("lexical", result.Mode);
                Assert.NotEmpty(result.Hits);
            }
        }
    }

    [Fact]
    public void An_index_built_without_vectors_is_searched_lexically_even_with_the_model_loaded()
    {
        using var directory = new TemporaryDirectory("no-vectors");
        var options = SemanticSite.Options(directory.Combine("index"));
        SampleSite.Build(options);
        using var engine = SearchEngine.Create(options, writable: false, generator: SemanticSite.Generator);
        engine.Index.Start();

        var result = engine.Search.Search(new SearchRequest { Query = "a place to live after treatment", Mode = SearchMode.Semantic });

        Assert.Equal("lexical", result.Mode);
        Assert.NotEmpty(result.Hits);
    }
}
