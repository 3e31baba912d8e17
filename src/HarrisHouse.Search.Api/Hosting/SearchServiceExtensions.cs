using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Embeddings;
using Microsoft.Extensions.Options;

namespace HarrisHouse.Search.Api.Hosting;

public static class SearchServiceExtensions
{
    public const string CorsPolicy = "SiteOrigins";

    /// <summary>
    /// URLs up to this long reach the application (Kestrel's default is 8 KB), so an over-long query gets the
    /// API's own 400 problem naming the parameter rather than the server's bare 414.
    /// </summary>
    public const int MaxUrlBytes = 16 * 1024;

    /// <summary>The search engine over the configured index, opened (or first built) when the host starts.</summary>
    public static IServiceCollection AddSearchService(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.Semantic.CrisisLikelihood is null or (>= 0 and <= 1), "Search:Semantic:CrisisLikelihood must be between 0 and 1 (a probability), or empty for the bar trained with the weights.")
            .ValidateOnStart();

        // The request line is the method, the URL and the protocol.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestLineSize = MaxUrlBytes + 64);
        services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.Section);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            var (generator, unavailable) = EmbeddingModels.TryCreate(options.Semantic);
            return SearchEngine.Create(options, writable: true, provider.GetRequiredService<ILoggerFactory>(), generator, unavailable, provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IReadinessContributor, SemanticReadiness>();
        services.AddHostedService<IndexStartup>();
        services.AddOptions<ShutdownSettings>().BindConfiguration(ShutdownSettings.Section)
            .Validate(s => s.DrainSeconds is >= 0 and <= 20, "Shutdown:DrainSeconds must be between 0 and 20 (the host allows 30 s to stop).")
            .ValidateOnStart();
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(provider => provider.GetRequiredService<ShutdownDrain>());
        services.AddOptions<Admin.AdminOptions>().BindConfiguration(Admin.AdminOptions.Section);
        // The path rule that types a pushed document without a type, shared with the staff command's WordPress source.
        services.AddOptions<Sources.WebSourceSettings>().BindConfiguration(Sources.WebSourceSettings.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Admin.ReindexJobs>();
        services.AddPublicSurface();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => $"There is nothing at {context.HttpContext.Request.Path}. See /openapi/v1.json for the endpoints.",
                StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with the header Content-Type: application/json.",
                _ => null,
            });
        services.AddExceptionHandler<SearchExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => SearchJson.Configure(json.SerializerOptions));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(settings.Value.AllowedOrigins)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type")));
        return services;
    }
}

/// <summary>Which sites may call the public API from a browser (section <c>Cors</c>).</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
