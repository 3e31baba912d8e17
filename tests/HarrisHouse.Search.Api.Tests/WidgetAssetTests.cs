using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HarrisHouse.Search.Api.Tests;

public sealed class WidgetAssetTests(SearchApiFactory api, ITestOutputHelper output) : IClassFixture<SearchApiFactory>
{
    [Fact]
    public async Task The_widget_script_and_stylesheet_are_served_and_weigh_under_15_KB_gzipped_together()
    {
        var client = api.CreateClient();
        long total = 0;
        foreach (var (path, type) in new[] { ("/widgets/hh-search.js", "text/javascript"), ("/widgets/hh-search.css", "text/css") })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(bytes);
            }

            output.WriteLine($"{path}: {bytes.Length:N0} bytes, {compressed.Length:N0} gzipped");
            total += compressed.Length;
        }

        output.WriteLine($"Widgets gzipped together: {total:N0} bytes");
        Assert.True(total < 15 * 1024, $"{total} bytes gzipped");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/demo/article")]
    public async Task The_demo_pages_are_served_with_a_content_security_policy(string path)
    {
        var response = await api.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("/widgets/hh-search.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/")]
    public async Task The_staff_dashboard_is_served_with_a_content_security_policy_and_its_own_script(string path)
    {
        var response = await api.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/admin/admin.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_say_when_a_query_signals_a_crisis()
    {
        var client = api.CreateClient();
        foreach (var query in new[] { "overdose", "I want to die", "HELP NOW!", "call 911", "can't breathe" })
        {
            Assert.True((await client.SearchAsync(query)).Crisis, query);
        }

        foreach (var query in new[] { "detox", "family program", "diet", "sleep" })
        {
            Assert.False((await client.SearchAsync(query)).Crisis, query);
        }
    }

    [Fact]
    public async Task A_search_says_the_language_it_was_typed_in_so_the_results_page_can_speak_it()
    {
        var client = api.CreateClient();
        var spanish = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=" + Uri.EscapeDataString("ayuda para mi hijo con el juego"));
        Assert.Equal("es", spanish.GetProperty("language").GetString());
        Assert.False(spanish.GetProperty("crisis").GetBoolean());

        foreach (var query in new[] { "detox", "sin and addiction", "" })
        {
            var english = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
            Assert.Equal("en", english.GetProperty("language").GetString());
        }
    }

    [Fact]
    public async Task The_crisis_notice_has_a_language_in_search_and_in_suggestions()
    {
        var client = api.CreateClient();
        var spanish = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=" + Uri.EscapeDataString("mi hijo tomó una sobredosis"));
        Assert.True(spanish.GetProperty("crisis").GetBoolean());
        Assert.Equal("es", spanish.GetProperty("crisisLanguage").GetString());

        var english = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=overdose");
        Assert.Equal("en", english.GetProperty("crisisLanguage").GetString());

        var typing = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/suggest?q=" + Uri.EscapeDataString("he’s not breathing"));
        Assert.True(typing.GetProperty("crisis").GetBoolean());
        Assert.Equal("en", typing.GetProperty("crisisLanguage").GetString());

        var calm = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/suggest?q=detox");
        Assert.False(calm.GetProperty("crisis").GetBoolean());
    }
}
