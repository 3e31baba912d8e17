using HarrisHouse.Search.Analytics;

namespace HarrisHouse.Search.Api.Tests.Analytics;

public sealed class QueryScrubberTests
{
    [Theory]
    [InlineData("  Detox   Near ME ", "detox near me")]
    [InlineData("call me at 314-555-0199 about detox", "call me at [phone] about detox")]
    [InlineData("(314) 555 0199", "[phone]")]
    [InlineData("my email is jane.doe@example.org help", "my email is [email] help")]
    [InlineData("rehab near 4120 Main St", "rehab near [number] main st")]
    [InlineData("detox for 30 days", "detox for 30 days")]
    [InlineData("12 step meetings", "12 step meetings")]
    public void Phone_numbers_e_mail_addresses_and_street_numbers_are_scrubbed_before_anything_is_stored(string typed, string stored)
    {
        Assert.Equal(stored, QueryScrubber.Scrub(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_is_stored_for_an_empty_query(string typed)
    {
        Assert.Null(QueryScrubber.Scrub(typed));
    }
}
