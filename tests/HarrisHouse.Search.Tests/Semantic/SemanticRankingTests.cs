using System.Globalization;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>Ranking quality of each mode on the judged plain-language questions and the judged site queries, printed.</summary>
[Trait("Speed", "Slow")]
public sealed class SemanticRankingTests(SemanticSiteFixture site, ITestOutputHelper output) : IClassFixture<SemanticSiteFixture>
{
    private const double RequiredHybridMrr = 0.75;

    private static IReadOnlyList<JudgedQuery> Load(string file) => JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Judgments", file));

    [Fact]
    public void Plain_language_questions_reach_a_hybrid_MRR_at_10_of_at_least_0_75()
    {
        var questions = Load("questions.tsv");
        var byMode = Enum.GetValues<SearchMode>().ToDictionary(mode => mode, mode => Evaluate(questions, mode, verbose: mode == SearchMode.Hybrid));
        foreach (var (mode, mrr) in byMode)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode,-8} MRR@10 over {questions.Count} plain-language questions: {mrr:0.000}"));
        }

        Assert.True(questions.Count >= 30, "the judged question set must hold at least 30 questions");
        Assert.True(byMode[SearchMode.Hybrid] >= RequiredHybridMrr, $"hybrid MRR@10 is {byMode[SearchMode.Hybrid]:0.000}, below {RequiredHybridMrr}");
        Assert.True(byMode[SearchMode.Hybrid] > byMode[SearchMode.Lexical], "hybrid must answer plain-language questions better than words alone");
    }

    [Fact]
    public void Hybrid_search_does_not_lower_the_judged_site_queries_MRR_at_10()
    {
        var queries = Load("queries.tsv").Concat(Load("queries-holdout.tsv")).ToList();
        var lexical = Evaluate(queries, SearchMode.Lexical, verbose: false);
        var hybrid = Evaluate(queries, SearchMode.Hybrid, verbose: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"site queries ({queries.Count}) MRR@10: lexical {lexical:0.000}, hybrid {hybrid:0.000}"));
        Assert.True(hybrid >= lexical, $"hybrid ({hybrid:0.000}) ranks the judged site queries below lexical ({lexical:0.000})");
    }

    private double Evaluate(IReadOnlyList<JudgedQuery> queries, SearchMode mode, bool verbose)
    {
        var ranked = SiteJudgments.Rank(site.Engine, queries, mode);
        Assert.All(ranked, r => Assert.Equal(mode.ToString().ToLowerInvariant(), r.Mode));
        return SiteJudgments.Mrr(ranked, verbose ? output.WriteLine : null);
    }
}
