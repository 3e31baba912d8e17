using System.Text.Json;
using Spectre.Console;

namespace HarrisHouse.Search.Cli.Infrastructure;

public static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new(SearchJson.Options) { WriteIndented = true };

    /// <summary>Writes one JSON document to the console's output as raw text (no markup, no wrapping).</summary>
    public static void Write(IAnsiConsole console, object value)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(JsonSerializer.Serialize(value, Indented));
        writer.Write('\n');
        writer.Flush();
    }
}
