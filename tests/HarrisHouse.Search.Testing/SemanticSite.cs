using HarrisHouse.Search.Embeddings;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Sources.Markdown;
using Microsoft.Extensions.AI;

namespace HarrisHouse.Search.Testing;

/// <summary>
/// The sample site indexed with the real embedding model (all-MiniLM-L6-v2, shipped in its package: no mock).
/// One model per test process, and one embedding cache for every test run on the machine, so that only the
/// first run pays for embedding the site.
/// </summary>
public static class SemanticSite
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IEmbeddingGenerator<string, Embedding<float>>>> Models = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default model, loaded once per process.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Generator => GeneratorFor(new SemanticSettings().Model);

    /// <summary>A model by its configuration name (MiniLM, ArcticXs), loaded once per process.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> GeneratorFor(string model) =>
        Models.GetOrAdd(model, name => new Lazy<IEmbeddingGenerator<string, Embedding<float>>>(() =>
            EmbeddingModels.TryCreate(new SemanticSettings { Model = name }).Generator ?? throw new InvalidOperationException($"the embedding model {name} did not load"))).Value;

    public static string SharedCache => Path.Combine(Path.GetTempPath(), "hh-embedding-cache");

    public static SearchOptions Options(string indexPath, string? contentPath = null, string? cachePath = null)
    {
        var options = SampleSite.Options(indexPath, contentPath);
        options.Semantic = new SemanticSettings { Enabled = true, CachePath = cachePath ?? SharedCache };
        return options;
    }

    /// <summary>
    /// Builds the site with vectors into a new temporary index and opens an engine with the model on it, or with
    /// <paramref name="generator"/> (the model wrapped, to watch what it is asked).
    /// </summary>
    public static (TemporaryDirectory Directory, SearchEngine Engine) BuildAndOpen(Func<SearchOptions, SearchOptions>? configure = null, string? contentPath = null, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
    {
        var directory = new TemporaryDirectory("semantic");
        var options = Options(directory.Combine("index"), contentPath);
        options = configure?.Invoke(options) ?? options;
        var engine = SearchEngine.Create(options, writable: true, generator: generator ?? GeneratorFor(options.Semantic.Model));
        Build(engine);
        engine.Index.Start();
        return (directory, engine);
    }

    public static ReindexReport Build(SearchEngine engine) =>
        engine.ReindexAsync(new ReindexRequest(new MarkdownFolderSource(engine.Options.FullContentPath), "test"))
            .GetAwaiter().GetResult();
}
