using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Html;
using HarrisHouse.Search.Sources.Http;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Sources.WordPress;

namespace HarrisHouse.Search.Cli.Commands;

/// <summary>The content source a command line asks for, and the HTTP client it owns, if any.</summary>
internal sealed class ContentSources(IContentSource source, HttpClient? http) : IDisposable
{
    public IContentSource Source { get; } = source;

    public static ContentSources For(ContentSourceSettings settings, SearchEngine engine, WebSourceSettings web)
    {
        if (settings.Html is { } folder)
        {
            return new(new HtmlFolderSource(folder, web), null);
        }

        if (settings.Sitemap is { } sitemap)
        {
            var http = PoliteHttp.Create(web);
            return new(new SitemapSource(new Uri(sitemap), http, web), http);
        }

        if (settings.WordPress is { } site)
        {
            var http = PoliteHttp.Create(web);
            var previous = settings.Full ? null : WordPressState.Read(engine.Options.FullIndexPath);
            var indexed = previous is null && settings.Since is null ? new Dictionary<string, Content.ContentItem>() : engine.IndexedItems();
            return new(new WordPressSource(new Uri(site), http, web, new WordPressSync(settings.Since, previous, indexed)), http);
        }

        return new(new MarkdownFolderSource(engine.Options.FullContentPath), null);
    }

    public void Dispose() => http?.Dispose();
}
