using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>The API over a copy of the sample content that the test class may change.</summary>
public class OwnContentApiFactory : SearchApiFactory
{
    private string? _content;

    public override string ContentPath => _content ??= Directory.CopyOfSampleContent();

    public SearchOptions Options => new()
    {
        ContentPath = ContentPath,
        IndexPath = IndexPath,
        SynonymsPath = RepositoryPaths.Synonyms,
    };
}
