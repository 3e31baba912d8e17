using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>The API over a copy of the sample content that the test class may change.</summary>
public class OwnContentApiFactory : SearchApiFactory
{
    private string? _content;

    public OwnContentApiFactory()
    {
    }

    internal OwnContentApiFactory(TemporaryDirectory directory)
        : base(directory, ownsDirectory: false)
    {
    }

    public override string ContentPath => _content ??= System.IO.Directory.Exists(Directory.Combine("content"))
        ? Directory.Combine("content")
        : Directory.CopyOfSampleContent();

    /// <summary>The service's options, for the staff command run in the test's process.</summary>
    public SearchOptions Options => SampleSite.Options(IndexPath, ContentPath);
}
