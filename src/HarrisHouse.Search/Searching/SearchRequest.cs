using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Searching;

public enum SearchMode
{
    /// <summary>Lexical and semantic rankings fused (the default when the embedding model is on).</summary>
    Hybrid,

    /// <summary>Words only: BM25, synonyms, typos (the default without the model).</summary>
    Lexical,

    /// <summary>Meaning only: the query's embedding against the items'.</summary>
    Semantic,
}

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>A search as the site's search box asks for it.</summary>
public sealed record SearchRequest
{
    /// <summary>What the person typed: words, "quoted phrases", -excluded words.</summary>
    public string Query { get; init; } = "";

    /// <summary>
    /// Pages staff's rules hide for this search: left out where every query is filtered, so that the total and
    /// the facet counts agree with the hits shown. Set by the search from the rules, never by a caller.
    /// </summary>
    internal IReadOnlyList<string> HiddenUrls { get; init; } = [];

    public IReadOnlyList<ContentType> Types { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = SearchLimits.DefaultPageSize;

    /// <summary>How to rank; null for the service's default.</summary>
    public SearchMode? Mode { get; init; }

    /// <summary>
    /// Search the words exactly as typed: a word neither the site nor the model knows is not respelt. The results
    /// page's "search instead for" link asks for this after <see cref="SearchResult.SearchedFor"/> showed a respelling.
    /// </summary>
    public bool AsTyped { get; init; }

    public bool HasFilters => Types.Count > 0 || Categories.Count > 0 || Years.Count > 0;
}
