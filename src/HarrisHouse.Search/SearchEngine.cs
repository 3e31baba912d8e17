using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Serving;
using Microsoft.Extensions.Logging;

namespace HarrisHouse.Search;

/// <summary>
/// Everything needed to serve searches over one index directory, wired together: the live index and the
/// services that read it. The API and the staff command both start from here.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private SearchEngine(SearchOptions options, LiveIndex index, SynonymSet synonyms)
    {
        Options = options;
        Index = index;
        Synonyms = synonyms;
        Search = new SearchService(index, synonyms, Searching.Safety.CrisisPhrases.FromFile(options.FullCrisisPhrasesPath), options.CachedAnswers);
        Suggest = new SuggestService(index, options.CachedAnswers);
        Related = new RelatedService(index, options.CachedAnswers);
        Documents = new DocumentService(index);
    }

    public SearchOptions Options { get; }
    public LiveIndex Index { get; }
    public SynonymSet Synonyms { get; }
    public SearchService Search { get; }
    public SuggestService Suggest { get; }
    public RelatedService Related { get; }
    public DocumentService Documents { get; }

    /// <summary>Creates the engine; call <see cref="LiveIndex.Start"/> on <see cref="Index"/> to begin serving.</summary>
    public static SearchEngine Create(SearchOptions options, bool writable, ILoggerFactory? loggers = null)
    {
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
            },
            loggers?.CreateLogger<LiveIndex>());
        return new SearchEngine(options, index, synonyms);
    }

    public Reindexer CreateReindexer() => new(Options.IndexSettings);

    public void Dispose() => Index.Dispose();
}
