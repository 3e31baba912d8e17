using System.Text.RegularExpressions;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Words of a query that point at the site itself: its own name ("family program harris house") or the searcher's
/// nearness to it ("detox near me"). Every page is about the site, in one place, so they say nothing about which page
/// is wanted; read by the model, the name drew the pages that repeat it (about, careers, contact) above the one asked
/// for, and "near me" drew a post about St. Louis above the detox page. Both sides leave them out when other words
/// remain (<see cref="LexicalQueryBuilder"/> by their terms, the model by <see cref="Without"/>).
/// </summary>
internal sealed class SiteMention
{
    /// <summary>How a phone search says "here": what a web search needs to find a place, and a site search does not.</summary>
    public static IReadOnlyList<string> NearnessPhrases { get; } = ["near me", "nearby", "close to me", "around me", "in my area"];

    private readonly Regex _mention;

    public SiteMention(string siteName)
    {
        var words = siteName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape).ToArray();
        var name = words.Length == 0 ? [] : new[] { string.Join(@"\s+", words) + @"(?:['’]s)?" };
        var nearness = NearnessPhrases.Select(p => string.Join(@"\s+", p.Split(' ').Select(Regex.Escape)));
        _mention = new Regex(@"\b(?:" + string.Join('|', name.Concat(nearness)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The query without the site's name and nearness, unless nothing else would be left ("harris house" alone is about the site).</summary>
    public string Without(string query)
    {
        var rest = string.Join(' ', _mention.Replace(query, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return rest.Any(char.IsLetterOrDigit) ? rest : query;
    }
}
