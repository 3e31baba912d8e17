using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search;

/// <summary>
/// The service's configuration (section <c>Search</c>), shared by the API and the staff command. Relative
/// paths are resolved against the current directory: the repository root in README's commands.
/// </summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public string ContentPath { get; set; } = "index-data/content";
    public string IndexPath { get; set; } = "index-data/index";
    public string SynonymsPath { get; set; } = "index-data/synonyms.txt";
    public string CrisisPhrasesPath { get; set; } = "index-data/crisis-phrases.txt";

    /// <summary>Staff's search rules (pins and hides), beside the index.</summary>
    public string CurationPath { get; set; } = "index-data/curation";
    public Stemmer Stemmer { get; set; } = Stemmer.KStem;
    public int KeepGenerations { get; set; } = 3;
    public RankingSettings Ranking { get; set; } = new();

    /// <summary>
    /// Answers remembered per index view for repeated searches, suggestions and related lists (0: none). A
    /// refresh or a generation switch starts a new, empty cache.
    /// </summary>
    public int CachedAnswers { get; set; } = 2_000;
    public RelatedSettings Related { get; set; } = new();
    public Semantic.SemanticSettings Semantic { get; set; } = new();

    public string FullContentPath => Path.GetFullPath(ContentPath);
    public string FullIndexPath => Path.GetFullPath(IndexPath);
    public string FullSynonymsPath => Path.GetFullPath(SynonymsPath);
    public string FullCrisisPhrasesPath => Path.GetFullPath(CrisisPhrasesPath);
    public string FullCurationPath => Path.GetFullPath(CurationPath);

    public SearchOptions Copy() => (SearchOptions)MemberwiseClone();

    public IndexSettings IndexSettings => new() { Stemmer = Stemmer, KeepGenerations = KeepGenerations, Related = Related };
}
