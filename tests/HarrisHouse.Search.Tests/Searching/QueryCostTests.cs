using HarrisHouse.Search.Content;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Work a search no longer repeats, with the same answers.</summary>
public sealed class QueryCostTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("query-cost");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_field_no_item_has_gets_no_clause_and_the_fields_items_have_keep_theirs()
    {
        // Items with a title and a body only, as a benchmark collection is: no subject, lead, labels or phrases.
        var items = Enumerable.Range(0, 20).Select(i => new ContentItem { Url = $"/beir/{i}/", Type = ContentType.Page, Title = $"Document {i}", Body = "alcohol withdrawal and sleep" }).ToList();
        var generation = new GenerationBuilder(new IndexSettings { ComputeRelated = false }).Build(new GenerationStore(_directory.Combine("index")), items, new GenerationOrigin("test", 0), null, CancellationToken.None);
        using var reader = DirectoryReader.Open(IndexDirectory.Open(generation.Directory));

        var query = SiteQueries.Built("alcohol", reader);

        Assert.Contains("title:alcohol", query, StringComparison.Ordinal);
        Assert.Contains("body:alcohol", query, StringComparison.Ordinal);
        Assert.DoesNotContain(IndexSchema.Subject + ":", query, StringComparison.Ordinal);
        Assert.DoesNotContain(IndexSchema.Lead + ":", query, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_s_searcher_gives_each_field_s_statistics_as_lucene_works_them_out_once_per_field()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            using var lease = engine.Index.Acquire();
            var plain = new IndexSearcher(lease.Searcher.IndexReader);
            foreach (var field in new[] { IndexSchema.Title, IndexSchema.Body, IndexSchema.Subject, "no-such-field" })
            {
                var first = lease.Searcher.CollectionStatistics(field);
                var expected = plain.CollectionStatistics(field);
                Assert.Equal((expected.DocCount, expected.SumTotalTermFreq, expected.SumDocFreq), (first.DocCount, first.SumTotalTermFreq, first.SumDocFreq));
                Assert.Same(first, lease.Searcher.CollectionStatistics(field));
            }
        }
    }
}
