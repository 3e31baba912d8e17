using System.ComponentModel;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Search;

/// <summary>The query string of <c>GET /api/search</c>.</summary>
public sealed record SearchParameters
{
    /// <summary>What the visitor typed: words, "quoted phrases", -excluded words. Empty with filters browses newest first.</summary>
    [FromQuery(Name = "q")]
    [Description("What the visitor typed: words, \"quoted phrases\", -excluded words. Empty (with or without filters) browses, newest first.")]
    public string? Q { get; init; }

    [FromQuery(Name = "type")]
    [Description("Only these types (blog, treatment, addiction, page); repeatable, OR-ed.")]
    public string[]? Type { get; init; }

    [FromQuery(Name = "category")]
    [Description("Only these categories; repeatable, OR-ed.")]
    public string[]? Category { get; init; }

    [FromQuery(Name = "year")]
    [Description("Only posts published in these years; repeatable, OR-ed.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = "sort")]
    [Description("relevance (default), newest or oldest.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "mode")]
    [Description("hybrid (default when the embedding model is on), lexical or semantic. The response says which mode ran.")]
    public string? Mode { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page number from 1; page × pageSize may not go past the first 1,000 results.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Results per page, 1 to 50 (default 10).")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "asTyped")]
    [Description("true searches the words exactly as typed; by default a word neither the site nor the embedding model knows is searched as its correction, and the response's searchedFor says so.")]
    public string? AsTyped { get; init; }

    public SearchInput ToInput() => new()
    {
        Query = Q,
        Types = Type,
        Categories = Category,
        Years = Year,
        Sort = Sort,
        Mode = Mode,
        Page = Page,
        PageSize = PageSize,
        AsTyped = AsTyped,
    };
}
