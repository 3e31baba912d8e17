namespace HarrisHouse.Search.Api.Hosting;

public static class PublicApi
{
    /// <summary>The <c>/api</c> group for endpoints visitors' browsers call: rate limited per client address.</summary>
    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder routes, string tag) =>
        routes.MapGroup("/api").WithTags(tag).RequireRateLimiting(RateLimitSettings.PublicPolicy);
}
