namespace HarrisHouse.Search.Testing;

/// <summary>One read-only index of the sample site, shared by the tests of a class that only read it.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TemporaryDirectory _directory;

    public SampleSiteFixture()
    {
        (_directory, Engine) = SampleSite.BuildAndOpen();
    }

    public SearchEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _directory.Dispose();
    }
}
