namespace HarrisHouse.Search.Testing;

/// <summary>One index of the sample site with vectors, and an engine with the real model, shared by tests that only read it.</summary>
public sealed class SemanticSiteFixture : IDisposable
{
    private readonly TemporaryDirectory _directory;

    public SemanticSiteFixture()
    {
        (_directory, Engine) = SemanticSite.BuildAndOpen();
    }

    public SearchEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _directory.Dispose();
    }
}
