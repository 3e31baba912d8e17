using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace HarrisHouse.Search.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json, with descriptions and examples, and the reference at /scalar.</summary>
public static class OpenApiSetup
{
    private static readonly Dictionary<(string Operation, string Parameter), JsonNode> Examples = new()
    {
        [("Search", "q")] = "opioid withdrawal",
        [("Search", "type")] = new JsonArray("blog", "treatment"),
        [("Search", "category")] = new JsonArray("Alcohol"),
        [("Search", "year")] = new JsonArray("2024"),
        [("Search", "sort")] = "relevance",
        [("Search", "mode")] = "hybrid",
        [("Search", "page")] = "1",
        [("Search", "pageSize")] = "10",
        [("Suggest", "q")] = "opio",
        [("Suggest", "limit")] = "8",
        [("GetDocument", "url")] = "/treatments/inpatient-detox/",
        [("Related", "url")] = "/blog/whats-the-difference-between-opioid-dependence-and-addiction/",
        [("Related", "count")] = "3",
    };

    public static IServiceCollection AddSearchOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Harris House site search";
                document.Info.Description = "Search, autocomplete and related content for the Harris House website. "
                    + "Every error is an RFC 7807 problem document. No query leaves this server.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (operation.OperationId is { } id && parameter.Name is { } name && Examples.TryGetValue((id, name), out var example))
                    {
                        parameter.Example = example.DeepClone();
                    }
                }

                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapSearchOpenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi();
        routes.MapScalarApiReference(options => options.WithTitle("Harris House site search"));
        return routes;
    }
}
