using System.Text.Json;
using System.Text.Json.Serialization;

namespace HarrisHouse.Search;

/// <summary>The JSON shape shared by the API and the staff command's <c>--json</c>: camelCase, enums as lower-case names.</summary>
public static class SearchJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // HTML-sensitive characters are escaped (\u003C for '<'), so no response body ever carries markup
        // as such, whatever a query or a page contains.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
