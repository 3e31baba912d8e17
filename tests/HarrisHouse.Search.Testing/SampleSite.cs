using HarrisHouse.Search.Content;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Testing;

/// <summary>Builds real indexes of the sample site on disk, in temporary directories.</summary>
public static class SampleSite
{
    /// <summary>Options pointing at the repository's content and synonyms and at <paramref name="indexPath"/>.</summary>
    public static SearchOptions Options(string indexPath, string? contentPath = null) => new()
    {
        ContentPath = contentPath ?? RepositoryPaths.Content,
        IndexPath = indexPath,
        SynonymsPath = RepositoryPaths.Synonyms,
        CrisisPhrasesPath = RepositoryPaths.CrisisPhrases,
        CurationPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(indexPath))!, "curation"),

        // Lexical unless a test turns the model on (see SemanticSite): loading it and embedding take seconds.
        Semantic = new Semantic.SemanticSettings { Enabled = false },
    };

    /// <summary>The multi-word synonyms of the site's synonyms file that a reindex holds as one term each, for builds made straight by the indexer.</summary>
    public static IReadOnlySet<string> SynonymPhrases() =>
        Analysis.Synonyms.SynonymSet.Load(RepositoryPaths.Synonyms, Analysis.SiteAnalyzers.Text(Analysis.Stemmer.KStem)).JoinablePhrases;

    /// <summary>The sample site's pages, as the Markdown source reads them.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ItemsAsync(CancellationToken cancellationToken = default) =>
        (await new MarkdownFolderSource(RepositoryPaths.Content).LoadAsync(null, cancellationToken)).Items;

    /// <summary>A generation of <paramref name="items"/> written straight by the indexer (no related lists) into a new store at <paramref name="storePath"/>.</summary>
    public static GenerationInfo BuildGeneration(string storePath, IReadOnlyList<ContentItem> items) =>
        new GenerationBuilder(new IndexSettings { ComputeRelated = false })
            .Build(new GenerationStore(storePath), items, new GenerationOrigin("test", 0), null, CancellationToken.None);

    /// <summary>Reindexes <paramref name="options"/>' content into its index path and returns the report.</summary>
    public static ReindexReport Build(SearchOptions options)
    {
        using var engine = SearchEngine.Create(options, writable: false);
        return engine.ReindexAsync(new ReindexRequest(new MarkdownFolderSource(options.FullContentPath), "test")).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Builds the sample site into a new temporary index and opens an engine on it: read-only, or
    /// <paramref name="writable"/> for tests that make live updates.
    /// </summary>
    public static (TemporaryDirectory Directory, SearchEngine Engine) BuildAndOpen(Func<SearchOptions, SearchOptions>? configure = null, bool writable = false)
    {
        var directory = new TemporaryDirectory("index");
        var options = Options(directory.Combine("index"));
        options = configure?.Invoke(options) ?? options;
        var report = Build(options);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException($"The sample site did not index: {report.FailureReason}");
        }

        var engine = SearchEngine.Create(options, writable);
        engine.Index.Start();
        return (directory, engine);
    }
}
