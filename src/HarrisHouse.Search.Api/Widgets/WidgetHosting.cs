using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.StaticFiles;

namespace HarrisHouse.Search.Api.Widgets;

/// <summary>
/// The embeddable widgets under <c>/widgets/</c> and the demo pages that show them: <c>/</c>, <c>/search</c>
/// and <c>/demo/article?url=...</c>, and the staff dashboard at <c>/admin</c> (its data comes from the admin
/// API, with the key staff enter), served from the build output's wwwroot.
/// </summary>
public static class WidgetHosting
{
    public static IApplicationBuilder UseWidgetsAndDemoPages(this IApplicationBuilder app)
    {
        app.UseRewriter(new RewriteOptions()
            .AddRewrite("^$", "index.html", skipRemainingRules: true)
            .AddRewrite("^search$", "search.html", skipRemainingRules: true)
            .AddRewrite("^demo/article$", "demo/article.html", skipRemainingRules: true)
            .AddRewrite("^admin/?$", "admin/index.html", skipRemainingRules: true));
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                // Widgets are embedded by other sites: cacheable for a while, but not forever, so fixes reach them.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/widgets")
                    ? "public, max-age=600"
                    : "no-cache";
            },
        });
        return app;
    }
}
