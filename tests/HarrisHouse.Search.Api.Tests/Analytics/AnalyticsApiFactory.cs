using HarrisHouse.Search.Api.Analytics;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HarrisHouse.Search.Api.Tests.Analytics;

/// <summary>The API with an admin key and analytics written to a file of its own; tests write the counts when they choose.</summary>
public sealed class AnalyticsApiFactory : AdminApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Analytics:MinCount", "3"),
        // Far apart: the tests write the counts themselves, so a timer never races them.
        new("Analytics:FlushSeconds", "3600"),
    ];

    /// <summary>Writes the counts gathered so far, as the writer does every few seconds.</summary>
    public bool Flush() => Services.GetRequiredService<AnalyticsWriter>().Flush();
}
