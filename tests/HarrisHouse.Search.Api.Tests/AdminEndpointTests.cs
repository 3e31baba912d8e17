using System.Net;
using System.Text;
using System.Text.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

public sealed class AdminDisabledTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    [Theory]
    [InlineData("PUT", "/api/admin/documents")]
    [InlineData("DELETE", "/api/admin/documents?url=/gallery/")]
    [InlineData("POST", "/api/admin/reindex")]
    [InlineData("GET", "/api/admin/reindex/abc")]
    public async Task With_no_key_configured_every_admin_route_is_503_saying_how_to_enable_it(string method, string path)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Admin__ApiKeys__0", problem.Detail(), StringComparison.Ordinal);
    }
}

public sealed class AdminEndpointTests(AdminApiFactory api) : IClassFixture<AdminApiFactory>
{
    private const string NaloxoneBody = """
        Naloxone reverses an opioid overdose. Families who carry naloxone can save a life while they wait for help.
        ## Signs of an overdose
        Slow or stopped breathing, blue lips and pinpoint pupils are signs of an opioid overdose. Call 911.
        ## Fentanyl
        Fentanyl in the street supply makes overdoses more likely; naloxone still works against fentanyl.
        """;

    [Fact]
    public async Task A_missing_or_wrong_key_is_a_401_and_either_configured_key_works()
    {
        static int Deletes(string logs) => logs.Split('\n').Count(l => l.Contains("HTTP DELETE /api/admin/documents responded", StringComparison.Ordinal));
        var before = Deletes(LogFiles.ReadAll(api.LogDirectory));
        var anonymous = api.CreateClient();
        await (await anonymous.DeleteAsync("/api/admin/documents?url=/no/such/")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var wrong = api.CreateAdminClient("super-secret-wrong-key-value");
        await (await wrong.DeleteAsync("/api/admin/documents?url=/no/such/")).AssertProblemAsync(HttpStatusCode.Unauthorized);

        await (await api.CreateAdminClient().DeleteAsync("/api/admin/documents?url=/no/such/")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await api.CreateAdminClient(AdminApiFactory.RotatedKey).DeleteAsync("/api/admin/documents?url=/no/such/")).AssertProblemAsync(HttpStatusCode.NotFound);

        var logs = await LogFiles.WaitForAsync(api.LogDirectory, text => Deletes(text) >= before + 4, "the four deletes to be logged");
        Assert.DoesNotContain("super-secret-wrong-key-value", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminApiFactory.Key, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upsert_is_searchable_and_in_related_lists_as_soon_as_it_returns()
    {
        var admin = api.CreateAdminClient();
        var response = await admin.PutDocumentAsync(ApiCalls.Post("carry-naloxone-always", "Why Every Family Should Carry Naloxone", NaloxoneBody));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var visitor = api.CreateClient();
        Assert.Equal("/blog/carry-naloxone-always/", (await visitor.SearchAsync("carry naloxone family")).Hits[0].Url);
        Assert.NotEmpty(await visitor.RelatedAsync("/blog/carry-naloxone-always/"));
        var listedBy = new[] { "/blog/naloxone-what-families-should-know/", "/blog/understanding-fentanyl-and-the-overdose-crisis/", "/addictions/fentanyl/", "/addictions/opioids/" };
        var lists = await Task.WhenAll(listedBy.Select(url => visitor.RelatedAsync(url)));
        Assert.Contains(lists, list => list.Any(i => i.Url == "/blog/carry-naloxone-always/"));
    }

    [Fact]
    public async Task A_delete_removes_the_item_from_search_and_from_every_related_list()
    {
        var admin = api.CreateAdminClient();
        var visitor = api.CreateClient();
        const string url = "/blog/heroin-addiction-in-the-suburbs/";
        Assert.Contains((await visitor.SearchAsync("heroin suburbs")).Hits, h => h.Url == url);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/admin/documents?url={url}")).StatusCode);

        Assert.DoesNotContain((await visitor.SearchAsync("heroin suburbs", 50)).Hits, h => h.Url == url);
        await (await visitor.GetAsync($"/api/documents?url={url}")).AssertProblemAsync(HttpStatusCode.NotFound);
        foreach (var other in new[] { "/addictions/heroin/", "/addictions/opioids/", "/blog/naloxone-what-families-should-know/" })
        {
            Assert.DoesNotContain(await visitor.RelatedAsync(other), i => i.Url == url);
        }
    }

    [Theory]
    [InlineData("{\"type\": \"blog\", \"url\": \"/blog/x/\", \"date\": \"2025-01-01\", \"body\": \"text\"}", "title")]
    [InlineData("{\"type\": \"podcast\", \"title\": \"x\", \"url\": \"/blog/x/\", \"body\": \"text\"}", "type")]
    [InlineData("{\"type\": \"blog\", \"title\": \"x\", \"url\": \"/blog/x/\", \"date\": \"Jan 5\", \"body\": \"text\"}", "date")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"https://evil.example/x\", \"body\": \"text\"}", "url")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"categories\": \"Recovery\"}", "categories")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"listing\": \"maybe\"}", "listing")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"search\": \"maybe\"}", "search")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"search_phrases\": \"my kid is using again\"}", "search_phrases")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"search_phrases\": [\"fine\", \" \"]}", "search_phrases")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"search_phrases\": [\"fine\", null]}", "search_phrases")]
    [InlineData("{\"type\": \"page\", \"title\": \"x\", \"url\": \"/x/\", \"search_phrases\": [1, 2]}", "search_phrases")]
    [InlineData("{ not json at all", "JSON")]
    [InlineData("", "empty")]
    public async Task A_malformed_document_gets_a_400_naming_the_field_and_nothing_indexed_is_lost(string body, string field)
    {
        var admin = api.CreateAdminClient();
        var before = (await api.CreateClient().SearchAsync("", 1)).TotalHits;

        var response = await admin.PutAsync("/api/admin/documents", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Detail(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await api.CreateClient().SearchAsync("", 1)).TotalHits);
    }

    [Fact]
    public async Task Too_many_or_too_long_search_phrases_get_a_400_naming_the_field()
    {
        var admin = api.CreateAdminClient();
        object[] documents =
        [
            new { type = "page", title = "x", url = "/x/", search_phrases = Enumerable.Range(1, 51).Select(i => $"phrase {i}").ToArray() },
            new { type = "page", title = "x", url = "/x/", search_phrases = new[] { new string('a', 201) } },
        ];

        foreach (var document in documents)
        {
            var problem = await (await admin.PutDocumentAsync(document)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("search_phrases", problem.Detail(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_document_sent_with_search_false_is_found_by_no_search_at_once_but_is_read_by_its_url_and_related()
    {
        const string url = "/blog/naloxone-in-the-glovebox/";
        var admin = api.CreateAdminClient();
        var visitor = api.CreateClient();
        var browsed = (await visitor.SearchAsync("", 1)).TotalHits;
        var document = new
        {
            type = "blog",
            title = "Naloxone in the Glovebox",
            url,
            summary = "Why a glovebox kit with naloxone saves lives.",
            categories = new[] { "Opioids", "Family" },
            tags = new[] { "naloxone", "overdose", "fentanyl" },
            author = "Admin Test",
            date = "2025-10-02",
            body = NaloxoneBody + "\nKeep a quuxglovebox kit in every car.",
            search = false,
        };

        Assert.Equal(HttpStatusCode.OK, (await admin.PutDocumentAsync(document)).StatusCode);

        Assert.Empty((await visitor.SearchAsync("quuxglovebox")).Hits);
        Assert.DoesNotContain((await visitor.SearchAsync("naloxone glovebox", 50)).Hits, h => h.Url == url);
        var browse = await visitor.SearchAsync("", 1);
        Assert.Equal(browsed, browse.TotalHits);
        Assert.Equal(browsed, browse.Facets.Type.Sum(f => f.Count));
        var suggestions = JsonDocument.Parse(await visitor.GetStringAsync("/api/suggest?q=naloxone+in+the+glove")).RootElement.GetProperty("suggestions");
        Assert.DoesNotContain(suggestions.EnumerateArray(), s => s.TryGetProperty("url", out var u) && u.GetString() == url);
        var item = JsonDocument.Parse(await visitor.GetStringAsync($"/api/documents?url={url}")).RootElement;
        Assert.False(item.GetProperty("searchable").GetBoolean());
        Assert.NotEmpty(await visitor.RelatedAsync(url));
        var lists = await Task.WhenAll(new[] { "/blog/naloxone-what-families-should-know/", "/blog/understanding-fentanyl-and-the-overdose-crisis/", "/addictions/fentanyl/", "/addictions/opioids/" }.Select(u => visitor.RelatedAsync(u)));
        Assert.Contains(lists, list => list.Any(i => i.Url == url));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutDocumentAsync(document with { search = true })).StatusCode);

        Assert.Equal(url, Assert.Single((await visitor.SearchAsync("quuxglovebox")).Hits).Url);
        Assert.Equal(browsed + 1, (await visitor.SearchAsync("", 1)).TotalHits);
    }

    [Fact]
    public async Task Search_phrases_sent_in_a_document_find_it_by_how_people_ask_and_are_not_shown()
    {
        const string url = "/blog/a-kit-for-every-car/";
        var admin = api.CreateAdminClient();
        var visitor = api.CreateClient();
        var document = new
        {
            type = "blog",
            title = "A Kit for Every Car",
            url,
            summary = "What to keep in a naloxone kit.",
            categories = new[] { "Opioids" },
            tags = new[] { "naloxone" },
            author = "Admin Test",
            date = "2025-10-03",
            body = NaloxoneBody,
            search_phrases = Array.Empty<string>(),
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutDocumentAsync(document)).StatusCode);
        Assert.DoesNotContain((await visitor.SearchAsync("my kid is using again", 50)).Hits, h => h.Url == url);

        var response = await admin.PutDocumentAsync(document with { search_phrases = new[] { "my kid is using again" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings").EnumerateArray());
        foreach (var query in new[] { "my kid is using again", "kid using again" })
        {
            var hit = (await visitor.SearchAsync(query)).Hits[0];
            Assert.Equal(url, hit.Url);
            Assert.DoesNotContain("kid", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        }

        var item = JsonDocument.Parse(await visitor.GetStringAsync($"/api/documents?url={url}")).RootElement;
        Assert.Equal(["my kid is using again"], item.GetProperty("searchPhrases").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_document_sent_as_rendered_html_is_read_as_the_wordpress_source_reads_it_and_typed_by_its_path()
    {
        const string url = "/treatments/family-wellness-weekend/";
        var document = new
        {
            url,
            title = "Families&#8217; Wellness Weekend",
            summary = "<p>Two days for parents and partners to heal together [&hellip;]</p>",
            categories = new[] { "Uncategorized", "Family &amp; Friends" },
            html = "<p>Our weekend helps parents and partners heal beside the person they love.</p>" +
                "<script>var quuxtracker = 1;</script><div class=\"sharedaddy\">Share this: Facebook zorbleshare</div>" +
                "<h2>What to expect</h2><p>Group sessions with a counselor. [vc_row]Evening walks.[/vc_row]</p>",
        };

        var response = await api.CreateAdminClient().PutDocumentAsync(document);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var visitor = api.CreateClient();
        var item = JsonDocument.Parse(await visitor.GetStringAsync($"/api/documents?url={url}")).RootElement;
        Assert.Equal("treatment", item.GetProperty("type").GetString());
        Assert.Equal("Families\u2019 Wellness Weekend", item.GetProperty("title").GetString());
        Assert.Equal("Two days for parents and partners to heal together", item.GetProperty("summary").GetString());
        Assert.Equal(["Family & Friends"], item.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["What to expect"], item.GetProperty("headings").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Evening walks.", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("[vc_row]", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(url, (await visitor.SearchAsync("wellness weekend parents")).Hits[0].Url);
        Assert.Empty((await visitor.SearchAsync("quuxtracker")).Hits);
        Assert.Empty((await visitor.SearchAsync("zorbleshare")).Hits);
    }

    [Fact]
    public async Task A_document_with_both_a_markdown_body_and_html_is_a_400_naming_html_and_nothing_is_indexed()
    {
        const string url = "/blog/both-bodies/";
        var response = await api.CreateAdminClient().PutDocumentAsync(new { type = "blog", title = "Both", url, date = "2025-01-01", body = "text", html = "<p>text</p>" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("html", problem.Detail(), StringComparison.Ordinal);
        await (await api.CreateClient().GetAsync($"/api/documents?url={url}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_document_above_1_MB_is_refused_with_413()
    {
        var huge = JsonSerializer.Serialize(ApiCalls.Post("huge", "Huge", new string('a', 1_100_000)));
        var response = await api.CreateAdminClient().PutAsync("/api/admin/documents", new StringContent(huge, Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_reindex_started_through_the_api_runs_in_the_background_and_reports_its_status()
    {
        var admin = api.CreateAdminClient();
        var started = await admin.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = started.Headers.Location!.ToString();
        Assert.StartsWith("/api/admin/reindex/", status, StringComparison.Ordinal);

        var job = await Eventually.ValueAsync(
            async () => JsonDocument.Parse(await admin.GetStringAsync(status)).RootElement,
            j => j.GetProperty("status").GetString() != "running",
            TimeSpan.FromSeconds(60),
            "the reindex job to finish");

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.StartsWith("gen-", job.GetProperty("generation").GetString(), StringComparison.Ordinal);
        await (await admin.GetAsync("/api/admin/reindex/nosuchjob")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_reindex_while_one_runs_is_a_409()
    {
        using (ReindexLock.Acquire(api.IndexPath, "a staff command"))
        {
            var problem = await (await api.CreateAdminClient().PostAsync("/api/admin/reindex", null)).AssertProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("a staff command", problem.Detail(), StringComparison.Ordinal);
        }
    }
}
