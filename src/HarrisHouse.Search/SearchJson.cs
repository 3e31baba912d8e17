using System.Text.Json;
using System.Text.Json.Serialization;

namespace HarrisHouse.Search;

/// <summary>The JSON shape shared by the API and the staff command's <c>--json</c>: camelCase, enums as lower-case names.</summary>
public static class SearchJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
