using HarrisHouse.Search.Api.Admin;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarrisHouse.Search.Api.Curation;

/// <summary>A rule as sent: which searches it is for, and the pages to pin first or to hide.</summary>
/// <param name="Query">The search the rule is for.</param>
/// <param name="Match">exact (the whole search) or contains (the search contains these words); default exact.</param>
/// <param name="Pin">Site paths placed first, in this order.</param>
/// <param name="Hide">Site paths never shown for it.</param>
public sealed record RulePayload(string? Query, string? Match, IReadOnlyList<string>? Pin, IReadOnlyList<string>? Hide)
{
    public const string Example = "{\"query\": \"insurance\", \"match\": \"exact\", \"pin\": [\"/about/insurance/\"], \"hide\": []}";
}

public static class RuleEndpoints
{
    public const long MaxRuleBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapRuleEndpoints(this IEndpointRouteBuilder routes)
    {
        var rules = routes.MapGroup("/api/admin/rules").WithTags("Admin").AddEndpointFilter<ApiKeyFilter>();
        rules.MapGet("/", List).WithName("ListRules").WithSummary("Staff's search rules: pinned and hidden pages per query");
        rules.MapPut("/{id}", Put).WithName("PutRule").WithSummary("Add or replace a rule; in force for the next search").Accepts<RulePayload>("application/json");
        rules.MapDelete("/{id}", Delete).WithName("DeleteRule").WithSummary("Remove a rule");
        return routes;
    }

    public static Ok<IReadOnlyList<SearchRule>> List(SearchEngine engine) => TypedResults.Ok(engine.Curation.Rules());

    public static async Task<IResult> Put(string id, HttpRequest request, SearchEngine engine, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RulePayload>(request, MaxRuleBytes, RulePayload.Example, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var payload = body.Value!;
        if (!Enum.TryParse<RuleMatch>(payload.Match ?? nameof(RuleMatch.Exact), ignoreCase: true, out var match) || int.TryParse(payload.Match, out _))
        {
            return ProblemResults.Invalid([("match", $"match must be exact or contains; it was '{payload.Match}'.")]);
        }

        var rule = new SearchRule(id, payload.Query ?? "", match, payload.Pin ?? [], payload.Hide ?? []);
        var problems = engine.Curation.PutRule(rule, AdminKeyName.Of(request.HttpContext));
        return problems.Count > 0 ? ProblemResults.Invalid(problems) : TypedResults.Ok(engine.Curation.Rules().Single(r => r.Id == id));
    }

    public static Results<NoContent, ProblemHttpResult> Delete(string id, SearchEngine engine, HttpContext context) =>
        engine.Curation.DeleteRule(id, AdminKeyName.Of(context)) ? TypedResults.NoContent() : ProblemResults.NotFound($"There is no rule '{ParameterParsing.Shorten(id)}'.");
}
