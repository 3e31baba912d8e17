using HarrisHouse.Search.Searching.Querying;

namespace HarrisHouse.Search.Tests.Searching;

public sealed class SiteMentionTests
{
    private readonly SiteMention _mention = new("Harris House");

    [Theory]
    [InlineData("family program harris house", "family program")]
    [InlineData("is Harris  House a nonprofit", "is a nonprofit")]
    [InlineData("harris house\u2019s detox program", "detox program")]
    [InlineData("harrison housing", "harrison housing")]
    [InlineData("detox near me", "detox")]
    [InlineData("Outpatient rehab in my  area", "Outpatient rehab")]
    [InlineData("aa meetings nearby harris house", "aa meetings")]
    [InlineData("nearest bus stop", "nearest bus stop")]
    public void The_model_reads_the_query_without_the_site_name(string query, string read) =>
        Assert.Equal(read, _mention.Without(query));

    [Theory]
    [InlineData("harris house")]
    [InlineData("Harris House?")]
    [InlineData("near me")]
    public void The_site_alone_is_kept_since_the_visitor_asks_about_the_site(string query) =>
        Assert.Equal(query, _mention.Without(query));

    [Fact]
    public void Without_a_site_name_nothing_is_left_out() =>
        Assert.Equal("family program harris house", new SiteMention("").Without("family program harris house"));
}
