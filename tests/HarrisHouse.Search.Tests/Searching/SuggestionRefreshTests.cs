using HarrisHouse.Search.Content;
using HarrisHouse.Search.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>Suggested phrases follow live updates at most every 30 s, on the engine's clock (a fake one here).</summary>
public sealed class SuggestionRefreshTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("suggest-refresh");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_phrase_from_live_updates_is_suggested_once_the_refresh_interval_has_passed_and_not_before()
    {
        var options = SampleSite.Options(_directory.Combine("index"));
        SampleSite.Build(options);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var engine = SearchEngine.Create(options, writable: true, time: time);
        engine.Start();
        Assert.DoesNotContain(Phrases(engine), p => p.StartsWith("zanzibar", StringComparison.Ordinal));

        engine.Upsert(Post("island-notes-one", "Island notes one"));
        engine.Upsert(Post("island-notes-two", "Island notes two"));
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.DoesNotContain("zanzibar quokka", Phrases(engine));

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Contains("zanzibar quokka", Phrases(engine));
    }

    private static List<string> Phrases(SearchEngine engine) =>
        engine.Suggest.Suggest("zanzibar q", 8).Suggestions.Where(s => s.Url is null).Select(s => s.Text).ToList();

    private static ContentItem Post(string slug, string title) => new()
    {
        Url = $"/blog/{slug}/",
        Type = ContentType.Blog,
        Title = title,
        Summary = "Notes on the zanzibar quokka.",
        Body = "Our residents wrote about an animal they read of in a book about islands.",
        Published = new DateOnly(2026, 11, 30),
    };
}
