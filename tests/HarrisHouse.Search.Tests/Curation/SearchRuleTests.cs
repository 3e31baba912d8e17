using HarrisHouse.Search.Content;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Curation;

/// <summary>Staff's rules steer a search at once, in every mode and in every process on the index.</summary>
[Trait("Speed", "Slow")]
public sealed class SearchRuleTests
{
    private const string Pin = "/treatments/continuum-of-care/";

    [Fact]
    public void A_hidden_item_leaves_the_total_and_the_facet_counts_too_in_every_mode()
    {
        var (directory, engine) = SemanticSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            SearchResult Run(SearchMode mode) => engine.Search.Search(new SearchRequest { Query = "alcohol", Mode = mode, PageSize = 50 });
            var modes = Enum.GetValues<SearchMode>();
            var before = modes.ToDictionary(m => m, Run);
            // One every mode finds, and not the closest in meaning: hiding the closest would lower the bar the
            // others are held to (rightly), and then more would match than one fewer.
            var hide = before[SearchMode.Lexical].Hits.Last(h => modes.All(m => before[m].Hits.Skip(1).Any(o => o.Url == h.Url)));
            var type = hide.Type.ToName();

            Assert.Empty(engine.Curation.PutRule(new SearchRule("hide-one", "alcohol", RuleMatch.Exact, [], [hide.Url])));

            foreach (var mode in modes)
            {
                var after = Run(mode);
                Assert.DoesNotContain(after.Hits, h => h.Url == hide.Url);
                Assert.Equal(before[mode].TotalHits - 1, after.TotalHits);
                Assert.Equal(TypeCount(before[mode], type) - 1, TypeCount(after, type));
            }
        }
    }

    private static int TypeCount(SearchResult result, string type) => result.Facets.Type.SingleOrDefault(v => v.Value == type)?.Count ?? 0;

    [Fact]
    public void A_pin_puts_its_item_first_and_a_hide_removes_it_in_every_mode_without_restart()
    {
        var (directory, engine) = SemanticSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            var before = engine.Search.Search(new SearchRequest { Query = "alcohol" }).Hits.Select(h => h.Url).ToList();
            var hide = before[0];
            Assert.NotEqual(Pin, hide);

            Assert.Empty(engine.Curation.PutRule(new SearchRule("alcohol-help", "Alcohol", RuleMatch.Exact, [Pin], [hide])));

            foreach (var mode in Enum.GetValues<SearchMode>())
            {
                var hits = engine.Search.Search(new SearchRequest { Query = "alcohol", Mode = mode }).Hits;
                Assert.Equal(Pin, hits[0].Url);
                Assert.True(hits[0].Pinned, $"{mode}: the pinned hit says so");
                Assert.All(hits.Skip(1), h => Assert.False(h.Pinned));
                Assert.DoesNotContain(hits, h => h.Url == hide);
            }

            using (var staffCommand = SearchEngine.Create(engine.Options, writable: false))
            {
                staffCommand.Start();
                Assert.Equal(Pin, staffCommand.Search.Search(new SearchRequest { Query = "alcohol", Mode = SearchMode.Lexical }).Hits[0].Url);
            }

            Assert.True(engine.Curation.DeleteRule("alcohol-help"));
            Assert.Equal(before, engine.Search.Search(new SearchRequest { Query = "alcohol" }).Hits.Select(h => h.Url));
        }
    }

    [Fact]
    public void A_contains_rule_applies_to_searches_holding_its_words_and_an_exact_rule_only_to_the_search_itself()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            Assert.Empty(engine.Curation.PutRule(new SearchRule("paying", "pay for", RuleMatch.Contains, [Pin], [])));
            Assert.Empty(engine.Curation.PutRule(new SearchRule("detox-only", "detox", RuleMatch.Exact, [Pin], [])));

            Assert.Equal(Pin, engine.Search.Search(new SearchRequest { Query = "how do i pay for rehab" }).Hits[0].Url);
            Assert.Equal(Pin, engine.Search.Search(new SearchRequest { Query = "Detox" }).Hits[0].Url);
            Assert.DoesNotContain(engine.Search.Search(new SearchRequest { Query = "detox at home" }).Hits, h => h.Pinned);
            Assert.DoesNotContain(engine.Search.Search(new SearchRequest { Query = "payment for rehab" }).Hits, h => h.Pinned);
        }
    }

    [Fact]
    public void A_rule_naming_a_page_that_is_not_indexed_is_refused_naming_it()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            var problems = engine.Curation.PutRule(new SearchRule("bad", "insurance", RuleMatch.Exact, ["/no/such/page/"], []));

            var problem = Assert.Single(problems);
            Assert.Equal("pin", problem.Field);
            Assert.Contains("'/no/such/page/' is not an indexed item", problem.Message, StringComparison.Ordinal);
            Assert.Empty(engine.Curation.Rules());
        }
    }
}
