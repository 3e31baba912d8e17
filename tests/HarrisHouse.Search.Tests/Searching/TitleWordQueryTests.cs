using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Search-as-you-type reads titles as their words: what is typed matches the words it starts.</summary>
public sealed class TitleWordQueryTests
{
    [Fact]
    public async Task A_typed_prefix_finds_exactly_the_titles_with_a_word_it_starts_as_every_prefix_indexed_did()
    {
        var items = await SampleSite.ItemsAsync();
        var titleWords = items.Where(i => i.Searchable).ToDictionary(i => i.Url, i => Words(i.Title));
        var vocabulary = titleWords.Values.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
        var prefixes = vocabulary.SelectMany(w => Enumerable.Range(1, w.Length).Select(n => w[..n])).ToHashSet(StringComparer.Ordinal);

        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            using var lease = engine.Index.Acquire();
            var compared = 0;
            foreach (var prefix in prefixes.Where(p => vocabulary.Count(w => w.StartsWith(p, StringComparison.Ordinal)) <= 64))
            {
                var expected = titleWords.Where(t => t.Value.Any(w => w.StartsWith(prefix, StringComparison.Ordinal))).Select(t => t.Key).Order(StringComparer.Ordinal);
                Assert.Equal(expected, Urls(lease.Searcher, TitleWordQuery.For(lease.Searcher.IndexReader, prefix, forgiveSlip: false)));
                compared++;
            }

            Assert.True(compared > 500, $"only {compared} prefixes compared");
        }
    }

    [Fact]
    public void A_title_is_analysed_as_each_word_then_its_first_one_and_two_letters_at_the_word_s_place()
    {
        var terms = SiteAnalyzers.Analyze(SiteAnalyzers.TitleWords, IndexSchema.TitleWords, "Opioids in St. Louis: a Guide \U0001D49Cb");
        Assert.Equal(["opioids", "o", "op", "in", "i", "st", "s", "louis", "l", "lo", "a", "guide", "g", "gu", "\U0001D49Cb", "\U0001D49C"], terms.Select(t => t.Text));
        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 5, 6, 6], terms.Select(t => t.Position));
    }

    [Fact]
    public void Titles_are_indexed_as_whole_words_with_frequencies_and_norms_for_scoring_and_no_positions()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            using var lease = engine.Index.Acquire();
            var reader = lease.Searcher.IndexReader;
            var words = MultiFields.GetMergedFieldInfos(reader).FieldInfo(IndexSchema.TitleWords);
            Assert.Equal(IndexOptions.DOCS_AND_FREQS, words.IndexOptions);
            Assert.True(words.HasNorms);
            Assert.Null(MultiFields.GetTerms(reader, IndexSchema.TitlePrefix));
            Assert.Equal(IndexSchema.TitleWords, TitleWordQuery.FieldOf(reader));
            Assert.True(reader.DocFreq(new Term(IndexSchema.TitleWords, "naloxone")) > 0);
            Assert.Equal(reader.DocFreq(new Term(IndexSchema.TitleWords, "na")), Urls(lease.Searcher, TitleWordQuery.For(reader, "na", forgiveSlip: false)).Count);
            Assert.Equal(0, reader.DocFreq(new Term(IndexSchema.TitleWords, "nal")));
        }
    }

    [Fact]
    public void A_slip_in_what_is_typed_still_finds_the_title_ranked_below_an_exact_start_and_corrects_the_prefix()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            using var lease = engine.Index.Acquire();
            var reader = lease.Searcher.IndexReader;
            Assert.Contains("/blog/naloxone-what-families-should-know/", Urls(lease.Searcher, TitleWordQuery.For(reader, "nalixo", forgiveSlip: true)));
            Assert.Empty(Urls(lease.Searcher, TitleWordQuery.For(reader, "nalixo", forgiveSlip: false)));
            Assert.Equal("naloxo", TitleWordQuery.ClosestPrefix(reader, "nalixo"));
            Assert.Equal("naloxo", TitleWordQuery.ClosestPrefix(reader, "naolxo"));
            Assert.Null(TitleWordQuery.ClosestPrefix(reader, "zzzzzz"));
            Assert.Equal("inpa", TitleWordQuery.ClosestPrefix(reader, "inha"));

            // A title that starts the word as typed scores above one reached through a slip.
            var exact = lease.Searcher.Search(TitleWordQuery.For(reader, "opio", forgiveSlip: true), 1).ScoreDocs[0].Score;
            var slipped = lease.Searcher.Search(TitleWordQuery.For(reader, "opoi", forgiveSlip: true), 1).ScoreDocs[0].Score;
            Assert.True(exact > slipped, $"exact {exact}, slipped {slipped}");
        }
    }

    [Fact]
    public void A_generation_built_with_every_title_prefix_indexed_still_gets_its_titles_matched()
    {
        // Generations of analysis version 1 (which a rollback can serve) held every prefix of every title word.
        using var directory = new RAMDirectory();
        var prefixes = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(SiteAnalyzers.Version, reader);
            var words = new ASCIIFoldingFilter(new LowerCaseFilter(SiteAnalyzers.Version, tokenizer), false);
            return new TokenStreamComponents(tokenizer, new EdgeNGramTokenFilter(SiteAnalyzers.Version, words, 1, 20));
        });
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SiteAnalyzers.Version, prefixes)))
        {
            foreach (var (url, title) in new[] { ("/a/", "Opioids and Your Family"), ("/b/", "Naloxone Saves Lives") })
            {
                writer.AddDocument(new Document { new StringField(IndexSchema.Url, url, Field.Store.YES), new TextField(IndexSchema.TitlePrefix, title, Field.Store.NO) });
            }
        }

        using var old = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(old);
        Assert.Equal(IndexSchema.TitlePrefix, TitleWordQuery.FieldOf(old));
        Assert.Equal(["/a/"], Urls(searcher, TitleWordQuery.For(old, "opi", forgiveSlip: false)));
        Assert.Equal(["/a/"], Urls(searcher, TitleWordQuery.For(old, "opoid", forgiveSlip: true)));
        Assert.Equal(["/b/"], Urls(searcher, TitleWordQuery.For(old, "saves", forgiveSlip: false)));
        Assert.Equal("naloxo", TitleWordQuery.ClosestPrefix(old, "nalixo"));
    }

    private static List<string> Words(string title) =>
        [.. SiteAnalyzers.Analyze(SiteAnalyzers.Words, IndexSchema.TitleWords, title).Select(t => t.Text)];

    private static List<string> Urls(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 1_000).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IndexSchema.Url)).Order(StringComparer.Ordinal)];
}
