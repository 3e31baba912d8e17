using System.Text.RegularExpressions;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// The site's own name in a query ("family program harris house"). Every page is about the site, so the name
/// says nothing about which page is wanted; read by the model, it drew the pages that repeat it (about, careers,
/// contact) above the one asked for. The lexical side leaves it out likewise (<see cref="LexicalQueryBuilder"/>).
/// </summary>
internal sealed class SiteNameMention
{
    private readonly Regex? _mention;

    public SiteNameMention(string siteName)
    {
        var words = siteName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape).ToArray();
        _mention = words.Length == 0
            ? null
            : new Regex(@"\b" + string.Join(@"\s+", words) + @"(?:['’]s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The query without the site's name, unless nothing else would be left ("harris house" alone is about the site).</summary>
    public string Without(string query)
    {
        if (_mention is null)
        {
            return query;
        }

        var rest = string.Join(' ', _mention.Replace(query, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return rest.Any(char.IsLetterOrDigit) ? rest : query;
    }
}
