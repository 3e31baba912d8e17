using HarrisHouse.Search.Searching.Querying;

namespace HarrisHouse.Search.Tests.Searching;

public sealed class SiteNameMentionTests
{
    private readonly SiteNameMention _mention = new("Harris House");

    [Theory]
    [InlineData("family program harris house", "family program")]
    [InlineData("is Harris  House a nonprofit", "is a nonprofit")]
    [InlineData("harris house\u2019s detox program", "detox program")]
    [InlineData("harrison housing", "harrison housing")]
    public void The_model_reads_the_query_without_the_site_name(string query, string read) =>
        Assert.Equal(read, _mention.Without(query));

    [Theory]
    [InlineData("harris house")]
    [InlineData("Harris House?")]
    public void The_site_name_alone_is_kept_since_the_visitor_asks_about_the_site(string query) =>
        Assert.Equal(query, _mention.Without(query));

    [Fact]
    public void Without_a_site_name_nothing_is_left_out() =>
        Assert.Equal("family program harris house", new SiteNameMention("").Without("family program harris house"));
}
