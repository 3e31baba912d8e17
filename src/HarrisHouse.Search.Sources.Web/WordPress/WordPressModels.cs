using System.Text.Json.Serialization;

namespace HarrisHouse.Search.Sources.WordPress;

/// <summary>A post or page as the WordPress REST API (v2) returns it with <c>_embed</c>; only the fields indexed.</summary>
public sealed record WpItem
{
    public int Id { get; init; }
    public string Type { get; init; } = "";
    public string Link { get; init; } = "";
    public string Status { get; init; } = "publish";
    public WpRendered? Title { get; init; }
    public WpRendered? Content { get; init; }
    public WpRendered? Excerpt { get; init; }

    /// <summary>Publication time in the site's time zone (no offset), as WordPress gives it.</summary>
    public string? Date { get; init; }

    /// <summary>Last change in the site's time zone: what <c>modified_after</c> compares with.</summary>
    public string? Modified { get; init; }

    [JsonPropertyName("modified_gmt")]
    public string? ModifiedGmt { get; init; }

    public int Author { get; init; }
    public int[] Categories { get; init; } = [];
    public int[] Tags { get; init; } = [];

    [JsonPropertyName("_embedded")]
    public WpEmbedded? Embedded { get; init; }
}

public sealed record WpRendered(string? Rendered);

public sealed record WpEmbedded
{
    public WpUser[]? Author { get; init; }

    [JsonPropertyName("wp:term")]
    public WpTerm[][]? Terms { get; init; }
}

public sealed record WpTerm(int Id, string Name, string? Taxonomy);

public sealed record WpUser(int Id, string Name);

/// <summary>Just enough of an item to know it exists (for finding deletions).</summary>
public sealed record WpStub(int Id, string Type, string Link);
