using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Helpers;

/// <summary>The waiting helper every test that waits for a state relies on: it must neither stop early nor wait on.</summary>
public sealed class EventuallyTests
{
    [Fact]
    public async Task It_returns_as_soon_as_the_condition_holds()
    {
        var checks = 0;
        var value = await Eventually.ValueAsync(() => ++checks, n => n == 3, TimeSpan.FromSeconds(30), "the third check");

        Assert.Equal(3, value);
        Assert.Equal(3, checks);
    }

    [Fact]
    public async Task It_checks_at_least_once_even_with_no_time_left()
    {
        var checks = 0;
        await Eventually.AssertAsync(() => ++checks > 0, TimeSpan.Zero, "one check");

        Assert.Equal(1, checks);
    }

    [Fact]
    public async Task Past_the_deadline_it_fails_naming_what_it_waited_for_and_the_last_value_seen()
    {
        var failure = await Assert.ThrowsAsync<TimeoutException>(() =>
            Eventually.ValueAsync(() => "gen-000001", g => g == "gen-000002", TimeSpan.FromMilliseconds(100), "the switch to gen-000002"));

        Assert.Contains("the switch to gen-000002", failure.Message, StringComparison.Ordinal);
        Assert.Contains("last seen: gen-000001", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_condition_that_never_holds_fails_with_its_name()
    {
        var failure = await Assert.ThrowsAsync<TimeoutException>(() => Eventually.AssertAsync(() => Task.FromResult(false), TimeSpan.FromMilliseconds(50), "the log line"));

        Assert.Contains("the log line", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("last seen", failure.Message, StringComparison.Ordinal);
    }
}
