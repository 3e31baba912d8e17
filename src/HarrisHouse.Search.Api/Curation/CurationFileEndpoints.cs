using System.Text;
using HarrisHouse.Search.Api.Admin;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Operations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarrisHouse.Search.Api.Curation;

/// <summary>What a saved file holds now.</summary>
public sealed record CurationFileSaved(int Lines);

/// <summary>
/// The synonyms and the crisis phrases as text, in the files' own format: read them, and replace them after
/// every line is checked (a 400 names the wrong line and nothing is written), in force for the next search.
/// </summary>
public static class CurationFileEndpoints
{
    public static IEndpointRouteBuilder MapCurationFileEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter<ApiKeyFilter>();
        foreach (var (path, file, what) in new[] { ("synonyms", CurationFile.Synonyms, "synonyms"), ("crisis-phrases", CurationFile.CrisisPhrases, "crisis phrases") })
        {
            admin.MapGet($"/{path}", (SearchEngine engine) => Read(engine, file))
                .WithName($"Get{file}").WithSummary($"The {what} file, as text").Produces<string>(contentType: "text/plain");
            admin.MapPut($"/{path}", (HttpRequest request, SearchEngine engine, CancellationToken cancellationToken) => WriteAsync(request, engine, file, cancellationToken))
                .WithName($"Put{file}").WithSummary($"Replace the {what} (text/plain); checked line by line, in force for the next search").Accepts<string>("text/plain");
        }

        return routes;
    }

    public static ContentHttpResult Read(SearchEngine engine, CurationFile file) =>
        TypedResults.Text(engine.Curation.Read(file), "text/plain; charset=utf-8");

    public static async Task<IResult> WriteAsync(HttpRequest request, SearchEngine engine, CurationFile file, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await JsonBody.ReadBoundedAsync(request, CurationService.MaxFileBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var text = Encoding.UTF8.GetString(bytes!);
        var problems = engine.Curation.Write(file, text, AdminKeyName.Of(request.HttpContext));
        return problems.Count > 0
            ? ProblemResults.Invalid(problems)
            : TypedResults.Ok(new CurationFileSaved(text.Split('\n').Count(l => l.Split('#')[0].Trim().Length > 0)));
    }
}
