using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Multi-word synonyms held in the index as one term each, and searched that way.</summary>
public sealed class SynonymPhraseTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] TextFields = [IndexSchema.Title, IndexSchema.Lead, IndexSchema.Labels, IndexSchema.Body, IndexSchema.SearchPhrases];

    /// <summary>Fields given one value per page: in the others a phrase query also matches across two values.</summary>
    private static readonly string[] SingleValued = [IndexSchema.Title, IndexSchema.Body];

    [Fact]
    public void Indexing_stacks_a_joined_term_on_the_last_word_of_each_synonym_phrase_in_a_row_and_moves_no_other_word()
    {
        const string text = "Severe alcohol use disorder needs withdrawal management; withdrawal of management does not count.";
        var phrases = new HashSet<string> { "withdrawal management", "alcohol use disorder", "use disorder" };

        var plain = SiteAnalyzers.Analyze(SiteAnalyzers.Text(Stemmer.KStem), IndexSchema.Body, text);
        var indexed = SiteAnalyzers.Analyze(SiteAnalyzers.Text(Stemmer.KStem, phrases), IndexSchema.Body, text);

        Assert.Equal(plain.Select(t => (t.Text, t.Position)), indexed.Where(t => !t.Text.Contains(' ')).Select(t => (t.Text, t.Position)));
        var disorder = plain.Single(t => t.Text == "disorder").Position;
        var management = plain.First(t => t.Text == "management").Position;
        Assert.Equal(
            [("alcohol use disorder", disorder), ("use disorder", disorder), ("withdrawal management", management)],
            indexed.Where(t => t.Text.Contains(' ')).Select(t => (t.Text, t.Position)).Order());
    }

    [Fact]
    public void Only_phrases_of_two_to_four_words_in_a_row_are_joinable()
    {
        var set = SynonymSet.Parse(
            ["detox, withdrawal management, medically supervised alcohol withdrawal management", "aftercare => continuum of care"],
            SiteAnalyzers.Text(Stemmer.KStem));

        Assert.Equal(["withdrawal management"], set.JoinablePhrases);
    }

    [Fact]
    public void A_built_site_holds_each_joined_phrase_on_exactly_the_pages_its_phrase_query_finds_within_one_value()
    {
        var manifest = new GenerationStore(site.Engine.Options.FullIndexPath).Current()!.Manifest;
        Assert.Contains("withdrawal management", manifest.SynonymPhrases);

        using var lease = site.Engine.Index.Acquire();
        var searcher = lease.Searcher;
        var found = 0;
        foreach (var phrase in manifest.SynonymPhrases)
        {
            foreach (var field in TextFields)
            {
                var asPhrase = new PhraseQuery();
                foreach (var word in phrase.Split(' '))
                {
                    asPhrase.Add(new Term(field, word));
                }

                var joined = Documents(searcher, new TermQuery(new Term(field, phrase)));
                var phrased = Documents(searcher, asPhrase);
                var message = $"'{phrase}' in {field}: the phrase finds [{string.Join(", ", phrased)}], the joined term [{string.Join(", ", joined)}]";

                // A phrase query runs on from one value into the next (a category "Addiction", then a tag
                // "treatment"): that was never the phrase, and the joined term is held within a value only.
                Assert.True(SingleValued.Contains(field) ? phrased.SequenceEqual(joined) : joined.All(phrased.Contains), message);
                found += joined.Count;
            }
        }

        Assert.True(found > 0, "no joined phrase occurs on the sample site: the comparison proved nothing");
    }

    [Fact]
    public void A_live_update_joins_the_generations_phrases_and_a_phrase_added_to_the_synonyms_since_is_found_as_a_phrase()
    {
        using var directory = new TemporaryDirectory("synonym-phrases");
        var options = SampleSite.Options(directory.Combine("index"));
        SampleSite.Build(options);

        // The file gains a rule after the build: its phrase is not in the generation.
        var synonyms = directory.Combine("synonyms.txt");
        File.WriteAllLines(synonyms, [.. File.ReadAllLines(options.FullSynonymsPath), "zebra therapy, striped horse care"]);
        var served = SampleSite.Options(directory.Combine("index"));
        served.SynonymsPath = synonyms;
        using var engine = SearchEngine.Create(served, writable: true);
        engine.Index.Start();
        engine.Upsert(new ContentItem
        {
            Url = "/blog/striped-horses/",
            Type = ContentType.Blog,
            Title = "Stable days",
            Summary = "Time with horses.",
            Body = "Our residents learn striped horse care, and medical staff provide withdrawal management on site.",
        });

        using (var lease = engine.Index.Acquire())
        {
            int OnThePage(string term) => lease.Searcher.Search(
                new BooleanQuery
                {
                    { new TermQuery(new Term(IndexSchema.Body, term)), Occur.MUST },
                    { new TermQuery(new Term(IndexSchema.Url, "/blog/striped-horses/")), Occur.MUST },
                },
                10).TotalHits;

            Assert.Equal(1, OnThePage("withdrawal management"));
            Assert.Equal(0, OnThePage("striped horse care"));
        }

        Assert.Contains(engine.Search.Search(new SearchRequest { Query = "zebra therapy", Mode = SearchMode.Lexical }).Hits, h => h.Url == "/blog/striped-horses/");
    }

    [Fact]
    public void A_joined_phrase_is_never_offered_as_the_completion_of_a_word_being_typed()
    {
        using var lease = site.Engine.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        Assert.True(reader.DocFreq(new Term(IndexSchema.Body, "withdrawal management")) > 0, "the sample site should hold the phrase");

        var completions = PrefixExpansion.MostFrequent(reader, IndexSchema.Body, "withdrawal", 50);

        Assert.Contains(completions, c => c.Term == "withdrawal");
        Assert.DoesNotContain(completions, c => c.Term.Contains(' '));
    }

    private static List<int> Documents(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 1_000).ScoreDocs.Select(d => d.Doc).Order()];
}
