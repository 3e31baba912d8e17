using HarrisHouse.Search.Api.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>Settings out of range stop the service at start with a message naming them, not a wrong notice later.</summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void A_crisis_likelihood_bar_outside_0_to_1_is_refused_naming_the_setting(string bar)
    {
        using var provider = Services(bar);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SearchOptions>>().Value);
        Assert.Contains("Search:Semantic:CrisisLikelihood", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.7")]
    [InlineData(null)]
    public void A_bar_between_0_and_1_or_none_is_accepted(string? bar)
    {
        using var provider = Services(bar);

        Assert.Equal(bar is null ? null : 0.7f, provider.GetRequiredService<IOptions<SearchOptions>>().Value.Semantic.CrisisLikelihood);
    }

    private static ServiceProvider Services(string? bar)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Search:Semantic:CrisisLikelihood"] = bar })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSearchService();
        return services.BuildServiceProvider();
    }
}
