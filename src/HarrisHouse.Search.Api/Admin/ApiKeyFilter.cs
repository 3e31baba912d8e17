using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HarrisHouse.Search.Api.Admin;

/// <summary>
/// Guards every admin route: 503 while no key is configured, 401 without a valid <c>X-Api-Key</c>.
/// Keys are compared in constant time, and never logged.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<AdminOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.CurrentValue;
        var keys = settings.ApiKeys.Select((key, index) => (Key: key, Index: index)).Where(k => !string.IsNullOrWhiteSpace(k.Key)).ToList();
        if (keys.Count == 0)
        {
            return TypedResults.Problem(
                title: "The admin API is disabled",
                detail: "No admin API key is configured. Set Admin:ApiKeys in configuration (environment variable Admin__ApiKeys__0) and restart the service to enable it.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var presented = context.HttpContext.Request.Headers[Header].ToString();
        var matched = presented.Length == 0 ? -1 : keys.Where(k => SameKey(k.Key, presented)).Select(k => k.Index).DefaultIfEmpty(-1).First();
        if (matched < 0)
        {
            return TypedResults.Problem(
                title: "Unauthorized",
                detail: presented.Length == 0 ? $"Send an admin API key in the {Header} header." : $"The {Header} header does not hold a valid admin API key.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        AdminKeyName.Set(context.HttpContext, settings.NameOf(matched));
        return await next(context);
    }

    /// <summary>Compares hashes of equal length in constant time, so the time taken says nothing of the key.</summary>
    private static bool SameKey(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
