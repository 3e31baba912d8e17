using HarrisHouse.Search.Testing;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Tests.Related;

/// <summary>Related-content quality on the judged pages (Judgments/related.tsv), measured and printed.</summary>
public sealed class RelatedQualityTests(SampleSiteFixture site, ITestOutputHelper output) : IClassFixture<SampleSiteFixture>
{
    private const double RequiredPrecision = 0.7;

    [Fact]
    public void Judged_pages_reach_a_precision_at_3_of_at_least_0_7()
    {
        var judged = JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Judgments", "related.tsv"));
        var total = 0.0;
        foreach (var page in judged)
        {
            var related = site.Engine.Related.ForUrl(page.Query, 3)!.Items.Select(i => i.Url).ToList();
            var precision = related.Count(page.Relevant.Contains) / 3.0;
            total += precision;
            if (precision < 1)
            {
                output.WriteLine($"  p@3 {precision:0.00} {page.Query}: {string.Join(", ", related)}");
            }
        }

        var mean = total / judged.Count;
        output.WriteLine($"Related precision@3 over {judged.Count} judged pages: {mean:0.000}");
        Assert.True(judged.Count >= 20, "the judged set must hold at least 20 pages");
        Assert.True(mean >= RequiredPrecision, $"precision@3 is {mean:0.000}, below {RequiredPrecision}");
    }
}
