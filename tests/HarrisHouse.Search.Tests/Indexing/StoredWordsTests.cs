using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Indexing;

/// <summary>A generation stores its titles and bodies in its own word list, reads every one back exactly, and live updates with new words too.</summary>
public sealed class StoredWordsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("stored-words");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("detox detox detox")]
    [InlineData("  leading spaces, trailing ones   ")]
    [InlineData("Can’t stop — ¿dónde está la ayuda? 24/7 🙏 café naïve")]
    [InlineData("tab\tand\nnew lines\r\n between words")]
    [InlineData("zzzz-never-seen qqqq 12345678901234567890")]
    [InlineData("中!中!中!ž!中")]
    public void A_text_comes_back_exactly_whether_its_pieces_are_on_the_list_or_spelled_out(string text)
    {
        var words = Words("detox detox and recovery, ayuda está 🙏 🙏", "recovery and detox, between words");

        Assert.Equal(text, words.Decode(words.Encode(text)));
    }

    [Fact]
    public void The_list_numbers_the_most_frequent_pieces_first_so_they_cost_one_byte_and_spells_out_words_it_lacks()
    {
        var words = Words("the the the cat ", "the cat once");

        Assert.Equal(3, words.Count);
        Assert.Equal([1, 1, 1, 1, 2], words.Encode("the the the cat "));
        Assert.Equal(1 + 1 + 1 + 1 + "zebra".Length, words.Encode("the zebra").Length);
    }

    [Fact]
    public void A_coded_text_cut_short_or_naming_a_piece_past_the_list_is_a_corrupt_index_not_wrong_text()
    {
        var words = Words("a a b b");
        var coded = words.Encode("a b never-seen");

        Assert.Throws<CorruptIndexException>(() => words.Decode(coded.AsSpan(0, coded.Length - 2)));
        Assert.Throws<CorruptIndexException>(() => words.Decode([1, 9]));
        Assert.Throws<CorruptIndexException>(() => words.Decode([7, 1]));
    }

    [Fact]
    public async Task A_generation_stores_titles_and_bodies_in_its_word_list_smaller_than_plain_and_reads_each_back_exactly()
    {
        var items = await SampleSite.ItemsAsync();
        var built = SampleSite.BuildGeneration(_directory.Combine("built"), items);

        Assert.True(File.Exists(Path.Combine(built.Directory, StoredWords.FileName)));
        using var directory = IndexDirectory.Open(built.Directory);
        using var reader = DirectoryReader.Open(directory);
        var read = Enumerable.Range(0, reader.MaxDoc).Select(d => IndexSchema.LoadItem(reader, d, withText: true)).ToDictionary(i => i.Url);
        var listed = Enumerable.Range(0, reader.MaxDoc).Select(d => IndexSchema.LoadItem(reader, d, withText: false)).ToDictionary(i => i.Url);
        Assert.All(items, item => Assert.Equal((item.Title, item.Body, item.Title), (read[item.Url].Title, read[item.Url].Body, listed[item.Url].Title)));
        Assert.All(Enumerable.Range(0, reader.MaxDoc), d => Assert.Null(reader.Document(d).Get(IndexSchema.Body) ?? reader.Document(d).Get(IndexSchema.Title)));

        var words = StoredWords.Of(reader)!;
        var coded = items.Sum(i => words.Encode(i.Body).Length);
        var plain = items.Sum(i => System.Text.Encoding.UTF8.GetByteCount(i.Body));
        Assert.True(coded < 0.5 * plain, $"coded {coded} bytes, plain {plain}");
    }

    [Fact]
    public void A_live_update_with_words_the_list_lacks_is_stored_and_read_back_exactly_and_its_snippet_marks_them()
    {
        var (directory, engine) = SampleSite.BuildAndOpen(writable: true);
        using (directory)
        using (engine)
        {
            var body = "Our quokka-shaped garden: the résidence’s beekeepers tend the apiary.\n\nQuokka volunteers 🙏 welcome.";
            engine.Index.Upsert(new ContentItem { Url = "/blog/quokka/", Type = ContentType.Blog, Title = "Quokka’s garden", Body = body });

            Assert.Equal(("Quokka’s garden", body), (engine.Documents.Get("/blog/quokka/")!.Title, engine.Documents.Get("/blog/quokka/")!.Body));
            Assert.Contains("<mark>apiary</mark>", engine.Search.Search(new SearchRequest { Query = "apiary" }).Hits.Single(h => h.Url == "/blog/quokka/").Snippet, StringComparison.Ordinal);

            // As another process reads it (the staff command, the API after a restart): the list on disk is all it has.
            using var reopened = IndexDirectory.Open(new GenerationStore(directory.Combine("index")).Current()!.Directory);
            using var reader = DirectoryReader.Open(reopened);
            Assert.Equal(body, IndexSchema.LoadItem(reader, DocumentLookup.Find(reader, "/blog/quokka/"), withText: true).Body);
        }
    }

    [Fact]
    public async Task A_served_generation_whose_folder_a_reindex_pruned_still_reads_its_pages()
    {
        var detox = (await SampleSite.ItemsAsync()).Single(i => i.Url == "/treatments/inpatient-detox/");
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            // Lucene's files stay readable through their open handles; the word list was read when the generation opened.
            Directory.Delete(new GenerationStore(directory.Combine("index")).Current()!.Directory, recursive: true);

            Assert.Equal(detox.Body, engine.Documents.Get(detox.Url)!.Body);
        }
    }

    [Fact]
    public async Task A_generation_written_before_word_lists_still_reads_its_plain_bodies()
    {
        var items = (await SampleSite.ItemsAsync()).Take(5).ToList();
        var path = _directory.Combine("plain");
        using (var directory = IndexDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SiteAnalyzers.Version, IndexSchema.CreateAnalyzer(Stemmer.KStem)) { Codec = SiteCodec.Instance }))
        {
            items.ForEach(item => writer.AddDocument(IndexSchema.ToDocument(item)));
            writer.Commit();
        }

        using var reopened = IndexDirectory.Open(path);
        using var reader = DirectoryReader.Open(reopened);
        Assert.Null(StoredWords.Of(reader));
        Assert.Equal(items.Select(i => i.Body), Enumerable.Range(0, reader.MaxDoc).Select(d => IndexSchema.LoadItem(reader, d, withText: true).Body));
    }

    private static StoredWords Words(params string[] bodies) =>
        StoredWords.Sampled([.. bodies.Select((body, i) => new ContentItem { Url = $"/t/{i}/", Type = ContentType.Blog, Title = "", Body = body })]);
}
