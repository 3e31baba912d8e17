namespace HarrisHouse.Search.Testing;

/// <summary>One index of the sample site and an engine on it, shared by the tests of a class that only read it.</summary>
public abstract class SiteFixture : IDisposable
{
    private readonly TemporaryDirectory _directory;

    protected SiteFixture((TemporaryDirectory Directory, SearchEngine Engine) site)
    {
        (_directory, Engine) = site;
    }

    public SearchEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The sample site's read-only index, searched by words alone.</summary>
public sealed class SampleSiteFixture() : SiteFixture(SampleSite.BuildAndOpen());

/// <summary>The sample site's index with vectors, and an engine with the real model.</summary>
public sealed class SemanticSiteFixture() : SiteFixture(SemanticSite.BuildAndOpen());
