using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Indexing;

/// <summary>A full build indexes only the phrases suggestions can offer, and suggestions offer the same ones as before.</summary>
public sealed class SuggestionPhraseTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("suggestion-phrases");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_full_build_keeps_only_phrases_of_two_items_and_the_suggested_phrases_and_their_counts_are_unchanged()
    {
        var items = await SampleSite.ItemsAsync();
        Assert.True(items.Count >= SuggestionPhrases.FrequentFromItems, "the sample site is large enough for the cut");

        var built = SampleSite.BuildGeneration(_directory.Combine("built"), items);
        using var cut = DirectoryReader.Open(IndexDirectory.Open(built.Directory));
        using var every = DirectoryReader.Open(WithEveryPhrase(items, _directory.Combine("every-phrase")));

        Assert.Equal(PhraseDictionary.Build(every).Complete("", int.MaxValue), PhraseDictionary.Build(cut).Complete("", int.MaxValue));
        Assert.Equal(PhraseCounts(every).Where(p => p.Value >= 2), PhraseCounts(cut));
        Assert.True(PhraseCounts(every).Count > 2 * PhraseCounts(cut).Count, "most phrases of the sample site are one page's own");
    }

    [Fact]
    public void Below_fifty_items_every_phrase_is_kept()
    {
        var items = Enumerable.Range(0, SuggestionPhrases.FrequentFromItems - 1).Select(i => Item(i, $"Page {i} about recovery")).ToList();

        Assert.Null(SuggestionPhrases.Frequent(items));
    }

    [Fact]
    public void A_phrase_counts_once_per_item_and_items_kept_out_of_search_do_not_count()
    {
        var items = Enumerable.Range(0, SuggestionPhrases.FrequentFromItems).Select(i => Item(i, $"Page {i}")).ToList();
        items[0] = Item(0, "Sober living homes, sober living rules");
        items[1] = Item(1, "Sober living homes") with { Searchable = false };
        items[2] = Item(2, "Family therapy sessions");
        items[3] = Item(3, "Family therapy weekends");

        var frequent = SuggestionPhrases.Frequent(items)!;

        Assert.True(frequent.Contains(PhraseHash.Of("family therapy")), "two items use it");
        Assert.True(frequent.Contains(PhraseHash.Of("family")), "two items use it");
        Assert.False(frequent.Contains(PhraseHash.Of("sober living")), "one searchable item uses it, twice");
        Assert.False(frequent.Contains(PhraseHash.Of("family therapy sessions")), "one item uses it");
    }

    private static ContentItem Item(int number, string title) => new() { Url = $"/page-{number}/", Type = ContentType.Page, Title = title, Body = "text" };

    /// <summary>The items written with the phrase field uncut, as live updates write them.</summary>
    private static Lucene.Net.Store.Directory WithEveryPhrase(IReadOnlyList<ContentItem> items, string path)
    {
        var directory = IndexDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SiteAnalyzers.Version, IndexSchema.CreateAnalyzer(Stemmer.KStem)));
        foreach (var item in items)
        {
            writer.AddDocument(IndexSchema.ToDocument(item));
        }

        writer.Commit();
        return directory;
    }

    private static Dictionary<string, int> PhraseCounts(IndexReader reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexSchema.Phrase).GetEnumerator();
        while (terms.MoveNext())
        {
            counts[terms.Term.Utf8ToString()] = terms.DocFreq;
        }

        return counts;
    }
}
