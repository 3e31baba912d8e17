using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>
/// An index built by an older text analysis holds its words otherwise than this build analyses queries ("friends"
/// indexed whole, searched as "friend"). Built from the content folder, the service rebuilds it on start; built
/// from another source, it is served as it is until staff reindex from there.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class IndexStartupTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("startup");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_index_built_from_the_content_folder_by_an_older_analysis_is_rebuilt_on_start()
    {
        var first = await BuildThenAgeAsync(source: null);

        using var api = new OwnContentApiFactory(_directory);
        var ready = await api.CreateClient().ReadinessAsync();

        Assert.Equal("gen-000002", ready.Generation);
        Assert.Equal(SearchEngine.AnalysisVersion, new GenerationStore(api.IndexPath).Current()!.Manifest.Analysis);
        Assert.True(Directory.Exists(first.Directory), "the older generation is kept for a rollback");
    }

    [Fact]
    public async Task An_index_built_from_another_source_by_an_older_analysis_is_served_until_staff_reindex()
    {
        await BuildThenAgeAsync(source: "https://wordpress.example.org/");

        using var api = new OwnContentApiFactory(_directory);
        var ready = await api.CreateClient().ReadinessAsync();

        Assert.Equal("gen-000001", ready.Generation);
        Assert.Equal("gen-000001", api.Engine.OutdatedGeneration?.Name);
    }

    /// <summary>Builds the index through a first start, then marks its generation as built by analysis 0 (and, if given, from another source).</summary>
    private async Task<GenerationInfo> BuildThenAgeAsync(string? source)
    {
        using (var api = new OwnContentApiFactory(_directory))
        {
            Assert.Equal("gen-000001", (await api.CreateClient().ReadinessAsync()).Generation);
        }

        var generation = new GenerationStore(Path.Combine(_directory.Path, "index")).Current()!;
        (generation.Manifest with { Analysis = 0, Source = source ?? generation.Manifest.Source }).WriteTo(generation.Directory);
        return generation;
    }
}
