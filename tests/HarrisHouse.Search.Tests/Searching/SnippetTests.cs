using System.Text.RegularExpressions;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Which passage of a body becomes a hit's snippet, and which words in it are marked.</summary>
public sealed partial class SnippetTests
{
    private const string Filler =
        "The garden behind the residence grows tomatoes, beans and squash through the warm months, and the " +
        "kitchen team plans the week's meals around whatever is ready to pick. ";

    // Lives in a segment of its own (a live update), so a page of hits spans two segments.
    private static ContentItem GardenPost() => new()
    {
        Url = "/blog/the-residence-garden/",
        Type = ContentType.Blog,
        Title = "What grows behind the residence",
        Summary = "Residents tend a vegetable garden and a pair of beehives.",
        Body = "An apiary was first suggested by a volunteer years ago. " + Filler + Filler + Filler +
            "Today the apiary has two hives; residents light the smoker, lift each honeycomb frame and share the harvest.",
        Categories = ["Recovery"],
    };

    [Fact]
    public void A_snippet_marks_the_words_typed_and_a_synonym_only_where_the_typed_word_is_absent()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            // "detox" also searches its synonyms (detoxification, withdrawal management, medical detox).
            var hits = engine.Search.Search(new SearchRequest { Query = "detox", PageSize = 20 }).Hits;
            var marked = hits.Select(h => (h.Url, Marks: Marked().Matches(h.Snippet).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList())).ToList();
            var withTyped = marked.Where(h => h.Marks.Any(m => m.StartsWith("detox", StringComparison.Ordinal) && m != "detoxification")).ToList();

            Assert.NotEmpty(withTyped);
            Assert.All(withTyped, h => Assert.All(h.Marks, m => Assert.True(m.StartsWith("detox", StringComparison.Ordinal) && m != "detoxification", $"{h.Url} marks '{m}' beside the typed word")));
            Assert.Contains(marked, h => h.Marks.Count > 0 && !withTyped.Contains(h));
        }
    }

    [Fact]
    public void The_snippet_is_the_passage_with_the_most_distinct_matched_words_not_the_first_match()
    {
        var (directory, engine) = SampleSite.BuildAndOpen(writable: true);
        using (directory)
        using (engine)
        {
            engine.Index.Upsert(GardenPost());

            var hit = engine.Search.Search(new SearchRequest { Query = "apiary honeycomb smoker" }).Hits.Single(h => h.Url == "/blog/the-residence-garden/");

            Assert.Contains("<mark>apiary</mark>", hit.Snippet, StringComparison.Ordinal);
            Assert.Contains("<mark>honeycomb</mark>", hit.Snippet, StringComparison.Ordinal);
            Assert.Contains("<mark>smoker</mark>", hit.Snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("volunteer", hit.Snippet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_hit_on_a_page_marks_the_matches_in_its_own_body_across_segments()
    {
        var (directory, engine) = SampleSite.BuildAndOpen(writable: true);
        using (directory)
        using (engine)
        {
            engine.Index.Upsert(GardenPost());

            var result = engine.Search.Search(new SearchRequest { Query = "garden", PageSize = 20 });

            Assert.Contains(result.Hits, h => h.Url == "/blog/the-residence-garden/");
            Assert.True(result.Hits.Count > 1, "the page should hold sample items as well as the live update");
            foreach (var hit in result.Hits)
            {
                var body = engine.Documents.Get(hit.Url)!.Body;
                var marked = Marked().Matches(hit.Snippet).Select(m => m.Groups[1].Value).ToList();
                Assert.All(marked, word => Assert.Contains(word, body, StringComparison.Ordinal));
                if (Garden().IsMatch(body))
                {
                    Assert.NotEmpty(marked);
                }
            }
        }
    }

    [Fact]
    public void Marks_fall_on_the_words_matched_after_stop_words_possessives_numbers_and_typographic_punctuation()
    {
        var (directory, engine) = SampleSite.BuildAndOpen(writable: true);
        using (directory)
        using (engine)
        {
            // Positions come from the postings and characters from tokenizing the body again: every word the
            // text chain drops ("it's", "the", "a", "of") must still count, or the marks drift off the words.
            engine.Index.Upsert(GardenPost() with
            {
                Url = "/blog/the-beekeepers-veil/",
                Body = Filler + "It\u2019s the beekeeper\u2019s veil \u2014 a 3.5-inch, well\u2011worn \u201cmesh\u201d \u2014 that " +
                    "keeps the bees off; and at the end of a long day of it, the honeycomb.",
            });

            string[] Marks(string query) => Marked()
                .Matches(engine.Search.Search(new SearchRequest { Query = query }).Hits.Single(h => h.Url == "/blog/the-beekeepers-veil/").Snippet)
                .Select(m => m.Groups[1].Value).ToArray();

            Assert.Equal(["beekeeper\u2019s", "veil", "honeycomb"], Marks("beekeeper veil honeycomb"));
            Assert.Equal(["mesh"], Marks("mesh"));
        }
    }

    [Fact]
    public void The_body_keeps_positions_but_no_character_offsets_in_the_index()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            using var lease = engine.Index.Acquire();

            Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, MultiFields.GetMergedFieldInfos(lease.Searcher.IndexReader).FieldInfo(IndexSchema.Body).IndexOptions);
        }
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Marked();

    [GeneratedRegex(@"\bgardens?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Garden();
}
