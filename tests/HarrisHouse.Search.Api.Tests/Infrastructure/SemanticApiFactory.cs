using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>The real API with the embedding model on (sharing the machine's test embedding cache).</summary>
public sealed class SemanticApiFactory : SearchApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Search:Semantic:Enabled", "true"),
        new("Search:Semantic:CachePath", SemanticSite.SharedCache),
    ];
}

/// <summary>The real API configured with a model it cannot load: it must serve lexical search and say it is degraded.</summary>
public sealed class MissingModelApiFactory : SearchApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Search:Semantic:Enabled", "true"),
        new("Search:Semantic:Model", "NoSuchModel"),
    ];
}
