using System.Globalization;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Http;

namespace HarrisHouse.Search.Sources.WordPress;

/// <summary>How a WordPress run relates to the last one.</summary>
/// <param name="Since">Only items modified after this (the site's time, e.g. 2025-01-31 or 2025-01-31T08:00:00); null: since the last run, or everything.</param>
/// <param name="Previous">What the last run saw, or null for a full run.</param>
/// <param name="Indexed">The items of the live index by URL: unchanged items are kept from it rather than fetched again.</param>
public sealed record WordPressSync(string? Since, WordPressState? Previous, IReadOnlyDictionary<string, ContentItem> Indexed)
{
    public static WordPressSync Full { get; } = new(null, null, new Dictionary<string, ContentItem>());
}

/// <summary>
/// The live WordPress site through its REST API: posts and pages (with <c>_embed</c> for their terms and
/// authors), every page of results. A full run reads everything; an incremental run reads what was
/// modified since, finds deletions by comparing ids with the last run, and keeps the rest from the index.
/// What an incremental run fetched is compared with what is indexed, so a site, cache or proxy that ignores
/// <c>modified_after</c> (and sends everything) cannot make an unchanged run look changed.
/// </summary>
public sealed class WordPressSource(Uri site, HttpClient http, WebSourceSettings settings, WordPressSync sync) : IIncrementalSource
{
    private static readonly string[] Collections = ["posts", "pages"];

    public string Description => WordPressApi.SiteRoot(site).ToString();

    /// <summary>What to remember for the next run; set by a successful <see cref="LoadAsync"/>, saved once the generation is live.</summary>
    public WordPressState? NextState { get; private set; }

    /// <summary>What the run did: fetched items, changed ones, items kept from the index, items deleted on the site.</summary>
    public SourceRun? LastRun { get; private set; }

    public void SaveState(string indexRoot) => NextState?.Write(indexRoot);

    public async Task<ContentSnapshot> LoadAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var requests = new BoundedRequests(http, settings.MaxRequestsInFlight);
        var api = new WordPressApi(site, requests);
        var mapper = new WordPressMapper(settings, await LookupsAsync(api, cancellationToken));
        var since = sync.Since ?? (sync.Previous?.Site == api.Site.ToString() ? sync.Previous.LastModified : null);
        var read = since is null ? await ReadAllAsync(api, cancellationToken) : await ReadChangesAsync(api, since, cancellationToken);

        var items = new List<(ContentItem Item, string Source)>();
        var problems = new List<ContentProblem>();
        var urlsById = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = 0;
        foreach (var (collection, wp) in read.Fetched.Where(f => f.Item.Status == "publish"))
        {
            var location = $"{api.Site}wp-json/wp/v2/{collection}/{wp.Id}";
            var (item, itemProblems) = ContentValidator.Validate(mapper.Map(wp), location);
            problems.AddRange(itemProblems);
            if (item is not null)
            {
                items.Add((item, location));
                urlsById[WordPressState.Key(wp.Type, wp.Id)] = item.Url;
                changed += sync.Indexed.TryGetValue(item.Url, out var indexed) && indexed.SameContentAs(item) ? 0 : 1;
            }

            progress?.Report(items.Count + problems.Count);
        }

        foreach (var (key, item) in read.Kept)
        {
            items.Add((item, $"{api.Site} (unchanged since the last run)"));
            urlsById[key] = item.Url;
        }

        // An item whose address changed leaves its old URL behind: that is a removal too.
        var gone = sync.Previous?.UrlsById.Values.Except(urlsById.Values, StringComparer.Ordinal).Count() ?? 0;
        var nothingChanged = since is not null && changed == 0 && gone == 0 && problems.Count == 0;
        var unchanged = read.Fetched.Count - changed + read.Kept.Count;
        var latest = read.Fetched.Select(f => f.Item.Modified).Append(sync.Previous?.LastModified).Append(since).OfType<string>().Max(StringComparer.Ordinal);
        NextState = new WordPressState(api.Site.ToString(), latest, urlsById);
        LastRun = new SourceRun(
            "WordPress",
            since is null
                ? $"full run: {read.Fetched.Count} fetched"
                : $"changes after {since}: {read.Fetched.Count} fetched, {changed} new or changed, {unchanged} unchanged, {gone} removed",
            new Dictionary<string, object?> { ["since"] = since, ["fetched"] = read.Fetched.Count, ["changed"] = changed, ["unchanged"] = unchanged, ["deleted"] = gone })
        {
            NothingChanged = nothingChanged,
        };
        return ContentSnapshot.WithUniqueUrls(items, problems, $"{api.Site} (WordPress{(since is null ? "" : $", changes after {since}")})");
    }

    private static async Task<SiteRead> ReadAllAsync(WordPressApi api, CancellationToken cancellationToken)
    {
        var fetched = new List<(string Collection, WpItem Item)>();
        foreach (var collection in Collections)
        {
            fetched.AddRange((await api.GetAllAsync<WpItem>(collection, "_embed=1", cancellationToken)).Select(i => (collection, i)));
        }

        return new SiteRead(fetched, []);
    }

    /// <summary>What was modified after <paramref name="since"/>, and what is still on the site: kept from the index, or fetched when the index lacks it.</summary>
    private async Task<SiteRead> ReadChangesAsync(WordPressApi api, string since, CancellationToken cancellationToken)
    {
        var fetched = new List<(string Collection, WpItem Item)>();
        var kept = new List<(string Key, ContentItem Item)>();
        foreach (var collection in Collections)
        {
            var changed = await api.GetAllAsync<WpItem>(collection, "_embed=1&modified_after=" + Uri.EscapeDataString(since), cancellationToken);
            var existing = await api.GetAllAsync<WpStub>(collection, "_fields=id,type,link", cancellationToken);
            fetched.AddRange(changed.Select(i => (collection, i)));

            var changedIds = changed.Select(i => i.Id).ToHashSet();
            var missing = new List<int>();
            foreach (var stub in existing.Where(s => !changedIds.Contains(s.Id)))
            {
                var key = WordPressState.Key(stub.Type, stub.Id);
                if (sync.Previous?.UrlsById.TryGetValue(key, out var url) == true && sync.Indexed.TryGetValue(url, out var item))
                {
                    kept.Add((key, item));
                }
                else
                {
                    missing.Add(stub.Id);
                }
            }

            // Unchanged on the site but not in the index (skipped for a problem last time, or indexed from elsewhere): fetch them.
            foreach (var chunk in missing.Chunk(WordPressApi.PageSize))
            {
                var include = "_embed=1&include=" + string.Join(',', chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
                fetched.AddRange((await api.GetAllAsync<WpItem>(collection, include, cancellationToken)).Select(i => (collection, i)));
            }
        }

        return new SiteRead(fetched, kept);
    }

    /// <param name="Fetched">Items read from the site in this run.</param>
    /// <param name="Kept">Items unchanged on the site, taken from the index by their key.</param>
    private sealed record SiteRead(List<(string Collection, WpItem Item)> Fetched, List<(string Key, ContentItem Item)> Kept);

    /// <summary>Category, tag and author names for items whose terms were not embedded. Sites often keep their user list private: then authors come from the embeds only.</summary>
    private static async Task<WordPressLookups> LookupsAsync(WordPressApi api, CancellationToken cancellationToken)
    {
        var categories = api.GetAllAsync<WpTerm>("categories", "_fields=id,name,taxonomy", cancellationToken);
        var tags = api.GetAllAsync<WpTerm>("tags", "_fields=id,name,taxonomy", cancellationToken);
        IReadOnlyList<WpUser> users;
        try
        {
            users = await api.GetAllAsync<WpUser>("users", "_fields=id,name", cancellationToken);
        }
        catch (ContentSourceException)
        {
            users = [];
        }

        return new WordPressLookups(
            (await categories).ToDictionary(t => t.Id, t => t.Name),
            (await tags).ToDictionary(t => t.Id, t => t.Name),
            users.ToDictionary(u => u.Id, u => u.Name));
    }
}
