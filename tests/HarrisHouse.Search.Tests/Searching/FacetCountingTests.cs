using System.Globalization;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Facet counts are the same whether a segment's hits are counted one by one or by intersecting value sets.</summary>
public sealed class FacetCountingTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new("facet-counting");
    private DirectoryReader? _reader;

    public async Task InitializeAsync()
    {
        var items = await SampleSite.ItemsAsync();
        var generation = SampleSite.BuildGeneration(_directory.Path, items);
        _reader = DirectoryReader.Open(IndexDirectory.Open(generation.Directory));
    }

    public Task DisposeAsync()
    {
        _reader?.Dispose();
        _directory.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, bool> Queries => new()
    {
        { "every item", true },
        { "blog posts", true },
        { "body:alcohol", true },
        { "one page", false },
        { "no page", false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Counts_match_the_values_of_the_matching_items(string name, bool bySets)
    {
        var searcher = new IndexSearcher(_reader!);
        var query = QueryNamed(name);
        var collector = new FacetCountingCollector(FacetFields.All);
        searcher.Search(query, collector);

        var matching = searcher.Search(query, Math.Max(1, _reader!.MaxDoc)).ScoreDocs.Select(d => IndexSchema.LoadItem(_reader, d.Doc, withText: false)).ToList();
        Assert.Equal(Expected(matching.Select(i => i.Type.ToName())), Sorted(collector.CountsOf(FacetField.Type)));
        Assert.Equal(Expected(matching.SelectMany(i => i.Categories)), Sorted(collector.CountsOf(FacetField.Category)));
        Assert.Equal(Expected(matching.Where(i => i.Published is not null).Select(i => i.Published!.Value.Year.ToString(CultureInfo.InvariantCulture))), Sorted(collector.CountsOf(FacetField.Year)));
        Assert.Equal(bySets, collector.SegmentsCountedBySets > 0);
    }

    private static Query QueryNamed(string name) => name switch
    {
        "every item" => new MatchAllDocsQuery(),
        "blog posts" => new TermQuery(new Term(IndexSchema.Type, ContentType.Blog.ToName())),
        "body:alcohol" => new TermQuery(new Term(IndexSchema.Body, "alcohol")),
        "one page" => new TermQuery(new Term(IndexSchema.Url, "/addictions/alcohol/")),
        _ => new TermQuery(new Term(IndexSchema.Body, "zzzunknownzzz")),
    };

    private static List<KeyValuePair<string, int>> Expected(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal)];

    private static List<KeyValuePair<string, int>> Sorted(IReadOnlyDictionary<string, int> counts) => [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal)];
}
