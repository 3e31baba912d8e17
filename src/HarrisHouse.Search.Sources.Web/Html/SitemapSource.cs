using System.Xml.Linq;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Http;

namespace HarrisHouse.Search.Sources.Html;

/// <summary>
/// The pages a sitemap lists (following sitemap indexes), fetched with a bounded number of requests in
/// flight, each read like a saved page. Pages on other hosts are ignored; a page that cannot be fetched is
/// a problem of that page, a sitemap that cannot be read stops the run.
/// </summary>
public sealed class SitemapSource(Uri sitemap, HttpClient http, WebSourceSettings settings) : IContentSource
{
    private const int MaxSitemaps = 100;
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HtmlPageReader _reader = new(settings);

    public string Description => sitemap.ToString();

    public async Task<ContentSnapshot> LoadAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var requests = new BoundedRequests(http, settings.MaxRequestsInFlight);
        var pages = await PageAddressesAsync(requests, cancellationToken);
        var done = 0;
        var read = await Task.WhenAll(pages.Select(async page =>
        {
            var result = await ReadPageAsync(requests, page, cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
            return result;
        }));

        var items = read.Where(r => r.Item is not null).Select(r => (r.Item!, r.Page.ToString()));
        return ContentSnapshot.WithUniqueUrls(items, read.SelectMany(r => r.Problems), Description);
    }

    private async Task<IReadOnlyList<Uri>> PageAddressesAsync(BoundedRequests requests, CancellationToken cancellationToken)
    {
        var pending = new Queue<Uri>([sitemap]);
        var seen = new HashSet<Uri>();
        var pages = new List<Uri>();
        while (pending.TryDequeue(out var next) && seen.Count < MaxSitemaps)
        {
            if (!seen.Add(next))
            {
                continue;
            }

            var xml = await requests.GetTextAsync(next, "a sitemap", cancellationToken);
            XDocument document;
            try
            {
                document = XDocument.Parse(xml);
            }
            catch (System.Xml.XmlException ex)
            {
                throw new ContentSourceException($"{next} is not a sitemap: its XML does not parse ({ex.Message}).", ex);
            }

            var locations = document.Descendants(Ns + "loc").Select(l => l.Value.Trim());
            var target = document.Root?.Name == Ns + "sitemapindex" ? (Action<Uri>)pending.Enqueue : pages.Add;
            foreach (var location in locations)
            {
                if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Host.Equals(sitemap.Host, StringComparison.OrdinalIgnoreCase))
                {
                    target(uri);
                }
            }
        }

        return pages.Distinct().ToList();
    }

    private async Task<(Uri Page, ContentItem? Item, IReadOnlyList<ContentProblem> Problems)> ReadPageAsync(BoundedRequests requests, Uri page, CancellationToken cancellationToken)
    {
        try
        {
            var html = await requests.GetTextAsync(page, "this page", cancellationToken);
            var fields = _reader.Read(html, page.ToString(), page.AbsolutePath);
            var (item, problems) = ContentValidator.Validate(fields, page.ToString());
            return (page, item, problems);
        }
        catch (ContentSourceException ex)
        {
            return (page, null, [new ContentProblem(page.ToString(), null, null, ex.Message)]);
        }
    }
}
