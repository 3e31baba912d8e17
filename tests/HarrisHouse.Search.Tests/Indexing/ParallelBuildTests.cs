using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Indexing;

public sealed class ParallelBuildTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("parallel-build");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Two_threads_write_the_same_items_terms_and_related_lists_as_one()
    {
        var items = await SampleSite.ItemsAsync();
        GenerationInfo Build(int threads) => new GenerationBuilder(new IndexSettings { IndexingThreads = threads })
            .Build(new GenerationStore(_directory.Combine($"threads-{threads}")), items, new GenerationOrigin("test", 0), null, CancellationToken.None);

        var one = Build(1);
        var two = Build(2);

        using var single = DirectoryReader.Open(IndexDirectory.Open(one.Directory));
        using var parallel = DirectoryReader.Open(IndexDirectory.Open(two.Directory));
        Assert.Equal(items.Count, parallel.NumDocs);
        Assert.Equal(Describe(single), Describe(parallel));
    }

    /// <summary>Every field's term statistics, and each item's stored title and related list, by URL.</summary>
    private static List<string> Describe(DirectoryReader reader)
    {
        var fields = MultiFields.GetFields(reader).Select(field =>
        {
            var terms = MultiFields.GetTerms(reader, field);
            return $"{field}: {terms.DocCount} docs, {terms.SumDocFreq} postings, {terms.SumTotalTermFreq} occurrences";
        });
        var related = MultiDocValues.GetBinaryValues(reader, IndexSchema.Related);
        var items = Enumerable.Range(0, reader.MaxDoc).Select(doc =>
        {
            var bytes = new Lucene.Net.Util.BytesRef();
            related.Get(doc, bytes);
            return $"{IndexSchema.LoadUrl(reader, doc)} {reader.Document(doc).Get(IndexSchema.Title)} related {Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length)}";
        });
        return [.. fields.Order(StringComparer.Ordinal), .. items.Order(StringComparer.Ordinal)];
    }
}
