using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;

namespace HarrisHouse.Search.Api.Tests;

public sealed class AdminDocumentWarningTests(AdminApiFactory api) : IClassFixture<AdminApiFactory>
{
    [Fact]
    public async Task An_unknown_document_field_is_indexed_without_it_and_warned_about_with_the_field_it_meant()
    {
        var client = api.CreateAdminClient();
        var document = new Dictionary<string, object>
        {
            ["type"] = "blog",
            ["title"] = "Warning test",
            ["url"] = "/blog/warning-test/",
            ["date"] = "2025-10-01",
            ["categorys"] = new[] { "Recovery" },
            ["body"] = "A post sent with a misspelled field.",
        };

        var response = await client.PutAsync("/api/admin/documents", JsonContent.Create(document));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warning = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("'categorys' is not a known field and was ignored; did you mean 'categories'?", warning.GetString());

        var correct = await client.PutAsync("/api/admin/documents", JsonContent.Create(document.Where(f => f.Key != "categorys").ToDictionary()));
        Assert.Empty(JsonDocument.Parse(await correct.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings").EnumerateArray());
    }
}
