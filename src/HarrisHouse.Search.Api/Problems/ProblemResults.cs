using Microsoft.AspNetCore.Http.HttpResults;

namespace HarrisHouse.Search.Api.Problems;

/// <summary>RFC 7807 problem documents for the service's own errors, with a detail a person can act on.</summary>
public static class ProblemResults
{
    public static ValidationProblem Invalid(IReadOnlyList<(string Parameter, string Message)> errors) =>
        TypedResults.ValidationProblem(ByParameter(errors), detail: Detail(errors), title: Title(errors));

    public static Dictionary<string, string[]> ByParameter(IReadOnlyList<(string Parameter, string Message)> errors) =>
        errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    public static string Title(IReadOnlyList<(string Parameter, string Message)> errors) =>
        $"Invalid {string.Join(", ", errors.Select(e => e.Parameter).Distinct())}";

    public static string Detail(IReadOnlyList<(string Parameter, string Message)> errors) =>
        string.Join(" ", errors.Select(e => e.Message));

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
