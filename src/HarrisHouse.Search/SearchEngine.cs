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
    private SearchEngine(SearchOptions options, LiveIndex index, SynonymSet synonyms, SemanticSearch? semantic, ItemEmbedder? embedder, string? semanticUnavailable)
    {
        Options = options;
        Index = index;
        Synonyms = synonyms;
        Semantic = semantic;
        Embedder = embedder;
        SemanticUnavailable = semanticUnavailable;
        Crisis = Searching.Safety.CrisisDetector.Create(options.FullCrisisPhrasesPath, semantic, index);
        _rules = new Curation.RuleSet(options.FullCurationPath);
        Search = new SearchService(index, options.Ranking, synonyms, _rules, Crisis, options.CachedAnswers, semantic);
        Suggest = new SuggestService(index, options.CachedAnswers, Crisis);
        Related = new RelatedService(index, options.CachedAnswers, semantic);
        Documents = new DocumentService(index);
        _reindex = new ReindexUseCase(options, index, embedder);
    }

    private readonly ReindexUseCase _reindex;
    private readonly Curation.RuleSet _rules;
    private volatile bool _serving;

    public SearchOptions Options { get; }
    internal LiveIndex Index { get; }
    internal SynonymSet Synonyms { get; }
    public SearchService Search { get; }

    /// <summary>Recognises searches that signal an emergency, by phrase and, with the model, by meaning.</summary>
    internal Searching.Safety.CrisisDetector Crisis { get; }
    public SuggestService Suggest { get; }
    public RelatedService Related { get; }
    public DocumentService Documents { get; }

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
        var semantic = generator is null ? null : new SemanticSearch(generator, options.Semantic);
        var synonyms = File.Exists(options.FullSynonymsPath)
            ? SynonymSet.Load(options.FullSynonymsPath, Analysis.SiteAnalyzers.Text(options.Stemmer))
            : SynonymSet.Empty;
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
        return new SearchEngine(options, index, synonyms, semantic, embedder, semanticUnavailable);
    }

    private static string ModelOf(IEmbeddingGenerator<string, Embedding<float>> generator, SearchOptions options) =>
        generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? options.Semantic.Model;

    /// <summary>Staff's search rules, oldest first.</summary>
    public IReadOnlyList<SearchRule> Rules() => _rules.Current().Rules;

    /// <summary>
    /// Adds or replaces the rule with this id, in force for the next search here and in every process on this
    /// index; or the problems (each naming its field) that stop it, such as a URL that is not indexed.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> PutRule(SearchRule rule)
    {
        var problems = RuleValidation.Check(rule, url => Documents.Get(url) is not null);
        if (problems.Count == 0)
        {
            _rules.Save([.. _rules.Current().Rules.Where(r => r.Id != rule.Id), rule with { Pin = [.. rule.Pin.Select(Normalized)], Hide = [.. rule.Hide.Select(Normalized)] }]);
        }

        return problems;
    }

    /// <summary>Removes a rule; false when there is none with this id.</summary>
    public bool DeleteRule(string id)
    {
        var rules = _rules.Current().Rules;
        if (rules.All(r => r.Id != id))
        {
            return false;
        }

        _rules.Save([.. rules.Where(r => r.Id != id)]);
        return true;
    }

    private static string Normalized(string url) => SiteUrl.TryNormalize(url, out var normalized, out _) ? normalized : url;

    /// <summary>Whether these words signal an emergency (by phrase, and with the model by meaning), as a search shows it.</summary>
    public bool SignalsEmergency(string text) => Crisis.Detect(text).Signals;

    /// <summary>Whether a complete generation exists to serve (the API builds one on first start otherwise).</summary>
    public bool HasIndex => Index.Store.ListComplete().Count > 0;

    /// <summary>What is served, and whether it is healthy.</summary>
    public IndexStatus Status => Index.Status;

    /// <summary>Opens the current generation and follows <c>CURRENT</c> (switches by other processes, rollbacks).</summary>
    public void Start()
    {
        Index.Start();
        _serving = true;
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
