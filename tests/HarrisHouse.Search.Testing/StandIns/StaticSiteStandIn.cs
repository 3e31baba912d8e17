using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HarrisHouse.Search.Testing.StandIns;

/// <summary>
/// The site's public pages from saved HTML fixtures: <c>/sitemap.xml</c> (its addresses moved to this
/// server) and each page at the path the sitemap gives it (the file named after the path's last segment).
/// </summary>
public sealed class StaticSiteStandIn : LoopbackServer
{
    private const string RecordedHost = "https://harrishouse.example/";
    private readonly string _fixtures;

    private StaticSiteStandIn(string fixtures)
    {
        _fixtures = fixtures;
    }

    public Uri Sitemap => new(BaseAddress, "sitemap.xml");

    public static async Task<StaticSiteStandIn> StartAsync(string? fixtures = null)
    {
        var server = new StaticSiteStandIn(fixtures ?? Path.Combine(RepositoryPaths.Fixtures, "Html"));
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/sitemap.xml", async () =>
            Results.Text((await File.ReadAllTextAsync(Path.Combine(_fixtures, "sitemap.xml"))).Replace(RecordedHost, BaseAddress.ToString(), StringComparison.Ordinal), "application/xml"));
        app.MapGet("/{**path}", async (string path) =>
        {
            var slug = path.TrimEnd('/').Split('/')[^1];
            var file = Directory.EnumerateFiles(_fixtures, "*.html").FirstOrDefault(f => Path.GetFileNameWithoutExtension(f).EndsWith(slug, StringComparison.Ordinal));
            return file is null ? Results.NotFound() : Results.Content(await File.ReadAllTextAsync(file), "text/html; charset=utf-8");
        });
    }
}
