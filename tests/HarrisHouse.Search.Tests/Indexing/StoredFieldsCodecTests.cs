using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Indexing;

/// <summary>Generations keep their stored text compressed by deflate, read it back whole, and older generations in Lucene's own format still open.</summary>
public sealed class StoredFieldsCodecTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("stored-fields-codec");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_generation_is_written_with_the_site_codec_smaller_than_lucene_s_own_and_reads_every_text_back()
    {
        var items = await SampleSite.ItemsAsync();
        var built = SampleSite.BuildGeneration(_directory.Combine("built"), items);
        var ownFormat = WithLuceneCodec(items, _directory.Combine("lucene46"));

        using var directory = IndexDirectory.Open(built.Directory);
        Assert.All(Segments(directory), codec => Assert.Equal(SiteCodec.CodecName, codec));
        using var reader = DirectoryReader.Open(directory);
        var bodies = Enumerable.Range(0, reader.MaxDoc).Select(d => IndexSchema.LoadItem(reader, d, withText: true)).ToDictionary(i => i.Url, i => i.Body);
        Assert.All(items.Where(i => i.Searchable), item => Assert.Equal(item.Body, bodies[item.Url]));
        Assert.True(StoredBytes(built.Directory) < 0.8 * StoredBytes(ownFormat), $"stored fields {StoredBytes(built.Directory)} bytes, Lucene's own format {StoredBytes(ownFormat)}");
    }

    [Fact]
    public async Task A_generation_in_lucene_s_own_format_opens_and_takes_live_updates_in_the_site_codec()
    {
        var items = await SampleSite.ItemsAsync();
        var path = WithLuceneCodec(items.Take(10).ToList(), _directory.Combine("old"));

        using var directory = IndexDirectory.OpenForServing(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SiteAnalyzers.Version, IndexSchema.CreateAnalyzer(Stemmer.KStem)) { OpenMode = OpenMode.APPEND, Codec = SiteCodec.Instance }))
        {
            writer.AddDocument(IndexSchema.ToDocument(items[10]));
            writer.Commit();
        }

        Assert.Equal(["Lucene46", SiteCodec.CodecName], Segments(directory));
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(items.Take(11).Select(i => i.Url).Order(), Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get(IndexSchema.Url)).Order());
    }

    private static string WithLuceneCodec(IReadOnlyList<ContentItem> items, string path)
    {
        using var directory = IndexDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SiteAnalyzers.Version, IndexSchema.CreateAnalyzer(Stemmer.KStem)) { Codec = Codec.ForName("Lucene46"), UseCompoundFile = false });
        foreach (var item in items.Where(i => i.Searchable))
        {
            writer.AddDocument(IndexSchema.ToDocument(item));
        }

        writer.Commit();
        return path;
    }

    private static List<string> Segments(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.Select(s => s.Info.Codec.Name)];
    }

    private static long StoredBytes(string path) => new DirectoryInfo(path).EnumerateFiles("*.fdt").Sum(f => f.Length);
}
