using System.Globalization;
using Serilog;
using Serilog.Events;

namespace HarrisHouse.Search.Api.Hosting;

/// <summary>
/// Structured logs to the console and a rolling file. Search text can be health information: request logs
/// carry the route pattern, never the query string, and no log line carries a client address.
/// </summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddSearchLogging(this WebApplicationBuilder builder)
    {
        // Configuration is read when the host is built, so that test and environment overrides apply.
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            logger
                .ReadFrom.Configuration(configuration)
                // ASP.NET Core's own request lines include the full URL with the query: keep them out.
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.File(
                    configuration["Logging:File:Path"] ?? "logs/harrishouse-search-.log",
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14,
                    formatProvider: CultureInfo.InvariantCulture);
            if (configuration.GetValue("Logging:Console:Enabled", defaultValue: true))
            {
                logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
            }
        },
        // Each host keeps its own logger (several run side by side in the tests); the static one is not used.
        preserveStaticLogger: true);
        return builder;
    }

    public static IApplicationBuilder UseSearchRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {Route} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.EnrichDiagnosticContext = (diagnostics, http) =>
                diagnostics.Set("Route", (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "/");
        });
}
