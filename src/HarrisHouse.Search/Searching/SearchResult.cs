using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Searching;

/// <summary>One page of ranked results with facet counts over the whole result set.</summary>
public sealed record SearchResult
{
    public required string Query { get; init; }
    public required int TotalHits { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public required int TotalPages { get; init; }
    public required double TookMs { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    public required SearchFacets Facets { get; init; }
    /// <summary>A better spelling to offer ("Did you mean …?"): one that finds at least as much, and not what the results already are for.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>
    /// The words the results are for, when a typed word the site and the model both lack was searched as its
    /// correction (<see cref="Semantic.SemanticSettings.RespellUnknownWords"/>); else null. The page says
    /// "Showing results for …" and offers the query as typed (<see cref="SearchRequest.AsTyped"/>).
    /// </summary>
    public string? SearchedFor { get; init; }

    /// <summary>
    /// The words of the search that no page of the site contains, as typed (a synonym, a close spelling or a
    /// completion counts as containing; over the whole site, not under the filters), when a shown hit lacks them: the
    /// results are for the other words, or for meaning. The results page says "No page mentions gambling."
    /// </summary>
    public IReadOnlyList<string> WordsNotFound { get; init; } = [];

    /// <summary>The query signals an emergency: show the emergency numbers above the results.</summary>
    public bool Crisis { get; init; }

    /// <summary>The language the emergency notice should speak, "en" or "es", when <see cref="Crisis"/>; else null.</summary>
    public string? CrisisLanguage { get; init; }

    /// <summary>
    /// The language the search was typed in, "en" or "es" (<see cref="Querying.UserQuery.IsSpanish"/>): the results
    /// page speaks it, so a visitor who searched in Spanish reads its own lines ("Ninguna página menciona…") in Spanish.
    /// </summary>
    public string Language { get; init; } = Analysis.QueryLanguage.English;
    public string Mode { get; init; } = "lexical";
}

public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required ContentType Type { get; init; }
    public required string Title { get; init; }

    /// <summary>The title, HTML-encoded, with matched words in &lt;mark&gt;.</summary>
    public required string TitleHighlighted { get; init; }

    /// <summary>The best passage of the body around the matched words, HTML-encoded, matches in &lt;mark&gt;.</summary>
    public required string Snippet { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    public required float Score { get; init; }

    /// <summary>Placed first by a staff rule for this query (the results widget labels it "Recommended").</summary>
    public bool Pinned { get; init; }

    /// <summary>
    /// The words of the search this item does not contain, as typed (a synonym, a close spelling or a completion
    /// counts as containing): it was found by the others, or by meaning. The results widget shows them as
    /// "Missing: …", so a visitor sees when the site has nothing on a word they asked about.
    /// </summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}

public sealed record SearchFacets(IReadOnlyList<FacetValue> Type, IReadOnlyList<FacetValue> Category, IReadOnlyList<FacetValue> Year);

public sealed record FacetValue(string Value, int Count, bool Selected);

/// <summary>One ranked item: its URL and score.</summary>
public sealed record RankedHit(string Url, float Score);
