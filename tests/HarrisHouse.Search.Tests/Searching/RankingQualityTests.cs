using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Testing;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Ranking quality on the judged site queries (Judgments/queries.tsv), measured and printed.</summary>
[Trait("Speed", "Slow")]
public sealed class RankingQualityTests(ITestOutputHelper output)
{
    private const double RequiredMrr = 0.85;

    private static IReadOnlyList<JudgedQuery> Queries => Load("queries.tsv");

    private static IReadOnlyList<JudgedQuery> HeldOut => Load("queries-holdout.tsv");

    private static IReadOnlyList<JudgedQuery> Load(string file) => JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Judgments", file));

    [Fact]
    public void Judged_site_queries_reach_an_MRR_at_10_of_at_least_0_85()
    {
        var (directory, engine) = SampleSite.BuildAndOpen();
        using (directory)
        using (engine)
        {
            var mrr = Evaluate(engine, Queries, verbose: true);
            var heldOut = Evaluate(engine, HeldOut, verbose: true);
            output.WriteLine($"MRR@10 over {Queries.Count} judged site queries (tuned on): {mrr:0.000}");
            output.WriteLine($"MRR@10 over {HeldOut.Count} held-out site queries (never tuned on): {heldOut:0.000}");
            Assert.True(Queries.Count >= 40, "the judged set must hold at least 40 queries");
            Assert.True(mrr >= RequiredMrr, $"MRR@10 is {mrr:0.000}, below {RequiredMrr}");
            Assert.True(heldOut >= RequiredMrr, $"held-out MRR@10 is {heldOut:0.000}, below {RequiredMrr}");
        }
    }

    [Fact]
    public void The_default_stemmer_ranks_at_least_as_well_as_the_alternative()
    {
        var results = new Dictionary<Stemmer, double>();
        foreach (var stemmer in Enum.GetValues<Stemmer>())
        {
            var (directory, engine) = SampleSite.BuildAndOpen(o =>
            {
                o.Stemmer = stemmer;
                return o;
            });
            using (directory)
            using (engine)
            {
                results[stemmer] = Evaluate(engine, [.. Queries, .. HeldOut], verbose: false);
            }

            output.WriteLine($"{stemmer}: MRR@10 {results[stemmer]:0.000}");
        }

        var chosen = new SearchOptions().Stemmer;
        Assert.True(results.Values.All(v => results[chosen] >= v), $"{chosen} (the default) is not the best stemmer on the judged queries");
    }

    private double Evaluate(SearchEngine engine, IReadOnlyList<JudgedQuery> queries, bool verbose) =>
        SiteJudgments.Mrr(SiteJudgments.Rank(engine, queries, mode: null), verbose ? output.WriteLine : null);
}
