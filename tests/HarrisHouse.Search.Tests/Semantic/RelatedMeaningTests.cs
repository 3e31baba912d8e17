using HarrisHouse.Search.Testing;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Tests.Semantic;

/// <summary>Related content with the embedding model: drafts are embedded on the fly and compared by meaning.</summary>
[Trait("Speed", "Slow")]
public sealed class RelatedMeaningTests(SemanticSiteFixture site, ITestOutputHelper output) : IClassFixture<SemanticSiteFixture>
{
    private const string Title = "Evenings at the tavern";
    private const string Text = "Every evening ends at the tavern, and the mornings are lost to shaking hands and a pounding head. I want to put the bottle down.";

    [Fact]
    public void A_draft_is_embedded_on_the_fly_and_gets_items_close_in_meaning()
    {
        var related = site.Engine.Related.ForDraft(Title, Text, 3);
        output.WriteLine(string.Join(", ", related.Select(r => r.Url)));

        // The draft never says alcohol, drinking or sober: only its meaning can lead to them.
        Assert.True(
            related.Take(2).All(r => new[] { "alcohol", "drinking", "sober" }.Any(word => r.Url.Contains(word, StringComparison.Ordinal))),
            string.Join(", ", related.Select(r => r.Url)));
    }

    [Fact]
    public void Meaning_changes_the_list_of_a_draft_with_few_words_in_common_with_the_site()
    {
        var (directory, lexical) = SampleSite.BuildAndOpen();
        using (directory)
        using (lexical)
        {
            var withoutMeaning = lexical.Related.ForDraft(Title, Text, 3).Select(r => r.Url).ToList();
            var withMeaning = site.Engine.Related.ForDraft(Title, Text, 3).Select(r => r.Url).ToList();
            output.WriteLine($"without: {string.Join(", ", withoutMeaning)}; with: {string.Join(", ", withMeaning)}");

            Assert.NotEqual(withoutMeaning, withMeaning);
        }
    }
}
