using HarrisHouse.Search.Sources.Html;

namespace HarrisHouse.Search.Tests.Sources;

public sealed class HtmlTextTests
{
    [Fact]
    public void Shortcodes_are_removed_and_the_text_they_wrap_is_kept()
    {
        var (body, _) = HtmlText.Extract("[vc_row][vc_column width=\"1/2\"][vc_column_text]<p>Detox is the first step.</p>[/vc_column_text][/vc_column][/vc_row][caption id=\"attachment_12\" align=\"alignleft\"]<img src=\"x.jpg\"> A nurse at work.[/caption]");

        Assert.Contains("Detox is the first step.", body, StringComparison.Ordinal);
        Assert.Contains("A nurse at work.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[", body, StringComparison.Ordinal);
        Assert.DoesNotContain("vc_", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_are_kept_apart_and_scripts_styles_and_share_buttons_dropped()
    {
        var (body, headings) = HtmlText.Extract(
            "<h2>What to expect</h2><p>Staff are with you day and night.</p><script>track()</script><style>.x{}</style>" +
            "<div class=\"sharedaddy\"><h3>Share this:</h3><ul><li><a>Facebook</a></li></ul></div>");

        Assert.Equal(["What to expect"], headings);
        Assert.Equal("Staff are with you day and night.", body);
    }

    [Fact]
    public void A_you_also_might_be_interested_in_block_is_dropped_with_its_links()
    {
        var (body, headings) = HtmlText.Extract(
            "<p>Recovery takes time.</p><h3>You also might be interested in</h3><ul><li><a href=\"/a/\">Another post</a></li></ul><p>Closing words.</p>");

        Assert.Equal("Recovery takes time.\n\nClosing words.", body);
        Assert.Empty(headings);
    }

    [Theory]
    [InlineData("What&#8217;s the Difference?", "What’s the Difference?")]
    [InlineData("Alcohol &amp; Detox", "Alcohol & Detox")]
    [InlineData("Why &#8220;Just Stop&#8221; <em>Fails</em>", "Why “Just Stop” Fails")]
    public void Inline_html_is_decoded_to_plain_text(string html, string text)
    {
        Assert.Equal(text, HtmlText.Inline(html));
    }
}
