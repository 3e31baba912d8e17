using HarrisHouse.Search.Analytics;
using Microsoft.Extensions.Options;

namespace HarrisHouse.Search.Api.Analytics;

public static class AnalyticsServiceExtensions
{
    /// <summary>Private search analytics: counted in memory, written to SQLite in batches (section <c>Analytics</c>).</summary>
    public static IServiceCollection AddSearchAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsSettings>().BindConfiguration(AnalyticsSettings.Section)
            .Validate(s => s.MinCount >= 1 && s.RetentionDays >= 1 && s.FlushSeconds is >= 1 and <= 3600, "Analytics: MinCount and RetentionDays must be 1 or more, FlushSeconds between 1 and 3600.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<AnalyticsSettings>>().Value);
        services.AddSingleton<AnalyticsRecorder>();
        services.AddSingleton<AnalyticsStore>();
        services.AddSingleton<AnalyticsWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<AnalyticsWriter>());
        return services;
    }
}
