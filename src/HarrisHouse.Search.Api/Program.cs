using HarrisHouse.Search.Api.Admin;
using HarrisHouse.Search.Api.Analytics;
using HarrisHouse.Search.Api.Curation;
using HarrisHouse.Search.Api.Documents;
using HarrisHouse.Search.Api.Health;
using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Api.OpenApi;
using HarrisHouse.Search.Api.Related;
using HarrisHouse.Search.Api.Search;
using HarrisHouse.Search.Api.Widgets;

// Settings and web assets are read from the build output; index-data paths stay relative to the current
// directory (the repository root in README's commands).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSearchLogging();
builder.Services.AddSearchService();
builder.Services.AddSearchAnalytics();
builder.Services.AddSearchOpenApi();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseSearchRequestLogging();
app.UseCors(SearchServiceExtensions.CorsPolicy);
app.UseWidgetsAndDemoPages();
app.UseRateLimiter();

app.MapSearchEndpoints();
app.MapSuggestEndpoints();
app.MapDocumentEndpoints();
app.MapRelatedEndpoints();
app.MapAdminEndpoints();
app.MapAnalyticsEndpoints();
app.MapRuleEndpoints();
app.MapCurationFileEndpoints();
app.MapChangeEndpoints();
app.MapHealthEndpoints();
app.MapSearchOpenApi();

app.Run();

/// <summary>The API host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
