using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>Hybrid ranking is the reciprocal-rank fusion of the lexical and the semantic rankings.</summary>
[Trait("Speed", "Slow")]
public sealed class FusionTests
{
    [Theory]
    [InlineData("what happens to your body when you quit heroin", 60)]
    [InlineData("how do I talk to my son about his drinking", 10)]
    public void Hybrid_scores_are_the_sum_of_one_over_k_plus_rank_in_each_ranking(string query, int k)
    {
        var (directory, engine) = SemanticSite.BuildAndOpen(o =>
        {
            o.Semantic = o.Semantic with { FusionK = k, KeywordQueryMaxWords = 0, BareKeywordQueryMaxWords = 0, LexicalWeight = 1, PartialLexicalWeight = 1, SemanticWeight = 1 };
            return o;
        });
        using (directory)
        using (engine)
        {
            const int depth = 100;
            var lexical = engine.Search.Rank(new SearchRequest { Query = query, Mode = SearchMode.Lexical }, depth);
            var semantic = engine.Search.Rank(new SearchRequest { Query = query, Mode = SearchMode.Semantic }, depth);
            var hybrid = engine.Search.Rank(new SearchRequest { Query = query, Mode = SearchMode.Hybrid }, 10);
            Assert.NotEmpty(lexical);
            Assert.NotEmpty(semantic);

            var expected = new Dictionary<string, double>();
            foreach (var ranking in new[] { lexical, semantic })
            {
                for (var i = 0; i < ranking.Count; i++)
                {
                    expected[ranking[i].Url] = expected.GetValueOrDefault(ranking[i].Url) + (1.0 / (k + i + 1));
                }
            }

            var best = expected.Values.OrderDescending().Take(10).ToList();
            Assert.Equal(best.Count, hybrid.Count);
            for (var i = 0; i < hybrid.Count; i++)
            {
                Assert.Equal(expected[hybrid[i].Url], hybrid[i].Score, 5);
                Assert.Equal(best[i], hybrid[i].Score, 5);
            }
        }
    }
}
