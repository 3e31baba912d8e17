using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace HarrisHouse.Search;

/// <summary>
/// Everything needed to serve searches over one index directory, wired together: the live index and the
/// services that read it. The API and the staff command both start from here.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private SearchEngine(SearchOptions options, LiveIndex index, SynonymSet synonyms, SemanticSearch? semantic, ItemEmbedder? embedder, string? semanticUnavailable)
    {
        Options = options;
        Index = index;
        Synonyms = synonyms;
        Semantic = semantic;
        Embedder = embedder;
        SemanticUnavailable = semanticUnavailable;
        Crisis = Searching.Safety.CrisisDetector.Create(options.FullCrisisPhrasesPath, semantic, index);
        Search = new SearchService(index, synonyms, Crisis, options.CachedAnswers, semantic);
        Suggest = new SuggestService(index, options.CachedAnswers, Crisis);
        Related = new RelatedService(index, options.CachedAnswers, semantic);
        Documents = new DocumentService(index);
    }

    public SearchOptions Options { get; }
    public LiveIndex Index { get; }
    public SynonymSet Synonyms { get; }
    public SearchService Search { get; }

    /// <summary>Recognises searches that signal an emergency, by phrase and, with the model, by meaning.</summary>
    public Searching.Safety.CrisisDetector Crisis { get; }
    public SuggestService Suggest { get; }
    public RelatedService Related { get; }
    public DocumentService Documents { get; }

    /// <summary>The semantic side, or null when the model is off or could not load.</summary>
    public SemanticSearch? Semantic { get; }

    /// <summary>Embeds items for reindexes and live updates, or null without a model.</summary>
    public ItemEmbedder? Embedder { get; }

    /// <summary>Why semantic search is unavailable although it is enabled, or null.</summary>
    public string? SemanticUnavailable { get; }

    /// <summary>
    /// Creates the engine; call <see cref="LiveIndex.Start"/> on <see cref="Index"/> to begin serving. With an
    /// embedding <paramref name="generator"/>, items are embedded and search is hybrid by default.
    /// </summary>
    public static SearchEngine Create(
        SearchOptions options,
        bool writable,
        ILoggerFactory? loggers = null,
        IEmbeddingGenerator<string, Embedding<float>>? generator = null,
        string? semanticUnavailable = null)
    {
        var embedder = generator is null ? null : new ItemEmbedder(generator, new EmbeddingCache(options.Semantic.FullCachePath, ModelOf(generator, options)), options.Semantic);
        var semantic = generator is null ? null : new SemanticSearch(generator, options.Semantic);
        var synonyms = File.Exists(options.FullSynonymsPath)
            ? SynonymSet.Load(options.FullSynonymsPath, Analysis.SiteAnalyzers.Text(options.Stemmer))
            : SynonymSet.Empty;
        var index = new LiveIndex(
            new LiveIndexOptions
            {
                Root = options.FullIndexPath,
                Index = options.IndexSettings,
                Ranking = options.Ranking,
                Writable = writable,
                Embedder = embedder,
            },
            loggers?.CreateLogger<LiveIndex>());
        return new SearchEngine(options, index, synonyms, semantic, embedder, semanticUnavailable);
    }

    private static string ModelOf(IEmbeddingGenerator<string, Embedding<float>> generator, SearchOptions options) =>
        generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? options.Semantic.Model;

    public Reindexer CreateReindexer() => new(Options.IndexSettings, Embedder);

    public void Dispose() => Index.Dispose();
}
