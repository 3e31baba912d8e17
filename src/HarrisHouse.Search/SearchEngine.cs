using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Serving.LiveUpdates;
using HarrisHouse.Search.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace HarrisHouse.Search;

/// <summary>
/// Everything needed to serve searches over one index directory, wired together: the live index and the
/// services that read it. The API and the staff command both start from here.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private SearchEngine(SearchOptions options, LiveIndex index, SynonymSource synonyms, SemanticSearch? semantic, ItemEmbedder? embedder, string? semanticUnavailable, TimeProvider time)
    {
        Options = options;
        Index = index;
        _synonyms = synonyms;
        Semantic = semantic;
        Embedder = embedder;
        SemanticUnavailable = semanticUnavailable;
        Crisis = Searching.Safety.CrisisDetector.Create(options.FullCrisisPhrasesPath, semantic, index);
        _rules = new RuleSet(options.FullCurationPath);
        Search = new SearchService(index, options.Ranking, synonyms, _rules, Crisis, options.CachedAnswers, semantic);
        Suggest = new SuggestService(index, options.CachedAnswers, Crisis, synonyms, Search);
        Related = new RelatedService(index, options.CachedAnswers, semantic);
        Documents = new DocumentService(index);
        Curation = new CurationService(options, _rules, Documents, time);
        _reindex = new ReindexUseCase(options, index, embedder, synonyms);
    }

    private readonly ReindexUseCase _reindex;
    private readonly RuleSet _rules;
    private readonly SynonymSource _synonyms;
    private volatile bool _serving;

    public SearchOptions Options { get; }
    internal LiveIndex Index { get; }
    /// <summary>The synonyms in force now (the file is reread when it changes).</summary>
    internal SynonymSet Synonyms => _synonyms.Current().Set;
    public SearchService Search { get; }

    /// <summary>Recognises searches that signal an emergency, by phrase and, with the model, by meaning.</summary>
    internal Searching.Safety.CrisisDetector Crisis { get; }
    public SuggestService Suggest { get; }
    public RelatedService Related { get; }
    public DocumentService Documents { get; }

    /// <summary>Staff's rules, synonyms and crisis phrases: edited live, journalled, undoable.</summary>
    public CurationService Curation { get; }

    /// <summary>The semantic side, or null when the model is off or could not load.</summary>
    internal SemanticSearch? Semantic { get; }

    /// <summary>Embeds items for reindexes and live updates, or null without a model.</summary>
    internal ItemEmbedder? Embedder { get; }

    /// <summary>Why semantic search is unavailable although it is enabled, or null.</summary>
    public string? SemanticUnavailable { get; }

    /// <summary>
    /// Creates the engine; call <see cref="Start"/> to begin serving. With an embedding
    /// <paramref name="generator"/>, items are embedded and search is hybrid by default. <paramref name="time"/>
    /// drives the generation poll and the suggestion phrases' refresh (tests pass a fake clock).
    /// </summary>
    public static SearchEngine Create(
        SearchOptions options,
        bool writable,
        ILoggerFactory? loggers = null,
        IEmbeddingGenerator<string, Embedding<float>>? generator = null,
        string? semanticUnavailable = null,
        TimeProvider? time = null)
    {
        var embedder = generator is null ? null : new ItemEmbedder(generator, new EmbeddingCache(options.Semantic.FullCachePath, ModelOf(generator, options)), options.Semantic);
        var semantic = generator is null ? null : new SemanticSearch(generator, options.Semantic, embedder!);
        var synonyms = SynonymSource.FromFile(options.FullSynonymsPath, Analysis.SiteAnalyzers.Text(options.Stemmer));
        var index = new LiveIndex(
            new LiveIndexOptions
            {
                Root = options.FullIndexPath,
                Index = options.IndexSettings,
                Similarity = new SearchSimilarity(options.Ranking.Bm25K1, options.Ranking.Bm25B),
                Writable = writable,
                Embedder = embedder,
                TimeProvider = time ?? TimeProvider.System,
            },
            loggers?.CreateLogger<LiveIndex>());
        return new SearchEngine(options, index, synonyms, semantic, embedder, semanticUnavailable, time ?? TimeProvider.System);
    }

    private static string ModelOf(IEmbeddingGenerator<string, Embedding<float>> generator, SearchOptions options) =>
        generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? options.Semantic.Model;


    /// <summary>Whether these words signal an emergency (by phrase, and with the model by meaning), as a search shows it.</summary>
    public bool SignalsEmergency(string text) => Crisis.Detect(text).Signals;

    /// <summary>Whether a complete generation exists to serve (the API builds one on first start otherwise).</summary>
    public bool HasIndex => Index.Store.ListComplete().Count > 0;

    /// <summary>
    /// The current generation when another version of the text analysis built it (<see cref="GenerationManifest.Analysis"/>):
    /// its words are indexed otherwise than this build analyses queries, so it finds less than it should until rebuilt.
    /// </summary>
    public GenerationInfo? OutdatedGeneration =>
        Index.Store.Current() is { } current && current.Manifest.Analysis != AnalysisVersion ? current : null;

    /// <summary>The version of the text analysis this build indexes and searches with.</summary>
    public static int AnalysisVersion => Analysis.SiteAnalyzers.AnalysisVersion;

    /// <summary>What is served, and whether it is healthy.</summary>
    public IndexStatus Status => Index.Status;

    /// <summary>Opens the current generation and follows <c>CURRENT</c> (switches by other processes, rollbacks).</summary>
    public void Start()
    {
        Index.Start();
        _serving = true;

        // The crisis sentences' vectors are made ready here, not on the first search that needs them: read from
        // the embedding cache in milliseconds, embedded in seconds only on the first start with a new model or
        // new sentences (when every item is embedded too).
        Crisis.Prepare();
    }

    /// <summary>Adds or replaces an item; searchable and in related lists when this returns.</summary>
    public LiveUpdate Upsert(ContentItem item) => Index.Upsert(item);

    /// <summary>Removes an item; null when no such item is served.</summary>
    public LiveUpdate? Delete(string url) => Index.Delete(url);

    /// <summary>
    /// Takes the reindex lock now, for a caller that must answer "already running" before starting the work
    /// (the admin API); pass it to <see cref="ReindexAsync"/>. Throws <see cref="ReindexInProgressException"/>.
    /// </summary>
    public ReindexLock ClaimReindex(string purpose) => _reindex.Claim(purpose);

    /// <summary>A full reindex from <paramref name="request"/>'s source, switched to atomically when it succeeds.</summary>
    public Task<ReindexReport> ReindexAsync(ReindexRequest request, IProgress<BuildProgress>? progress = null, ReindexLock? claim = null, CancellationToken cancellationToken = default) =>
        _reindex.RunAsync(request, progress, claim, _serving, cancellationToken);

    /// <summary>Switches back to the generation before the live one (under the reindex lock).</summary>
    public GenerationRollback.Result Rollback() => GenerationRollback.Run(Options.FullIndexPath);

    /// <summary>The complete generations kept, oldest first, and the name of the live one (null when none is).</summary>
    public (IReadOnlyList<GenerationInfo> Generations, string? Current) Generations()
    {
        var store = new GenerationStore(Options.FullIndexPath);
        return (store.ListComplete(), store.Current()?.Name);
    }

    /// <summary>Every item of the live generation by URL: what an incremental source keeps of what did not change.</summary>
    public IReadOnlyDictionary<string, ContentItem> IndexedItems() => GenerationContents.Load(Options.FullIndexPath);

    public void Dispose() => Index.Dispose();
}
