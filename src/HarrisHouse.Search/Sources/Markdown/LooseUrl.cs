using System.Text.RegularExpressions;
using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Sources.Markdown;

/// <summary>
/// Finds the <c>url:</c> line of front matter too broken to parse as YAML, so that the item it belongs to
/// can still be named (and its last good version kept by a reindex).
/// </summary>
internal static partial class LooseUrl
{
    public static string? Find(string yaml)
    {
        var match = UrlLine().Match(yaml);
        var value = match.Success ? match.Groups[1].Value.Trim().Trim('"', '\'') : null;
        return value is not null && SiteUrl.TryNormalize(value, out var url, out _) ? url : null;
    }

    [GeneratedRegex(@"^url\s*:\s*(\S+)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();
}
