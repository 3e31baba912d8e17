using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Curation;

/// <summary>What a rule must be: an id, a query, at most a few URLs, each of them an indexed item.</summary>
internal static class RuleValidation
{
    public static IReadOnlyList<(string Field, string Message)> Check(SearchRule rule, Func<string, bool> isIndexed)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(rule.Id) || rule.Id.Length > SearchRule.MaxIdLength || !rule.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problems.Add(("id", $"id must be 1 to {SearchRule.MaxIdLength} letters, digits, '-' or '_'."));
        }

        if (string.IsNullOrWhiteSpace(RuleSet.Normalize(rule.Query ?? "")) || rule.Query!.Length > SearchRule.MaxQueryLength)
        {
            problems.Add(("query", $"query is required: the search the rule is for, at most {SearchRule.MaxQueryLength} characters."));
        }

        if ((rule.Pin ?? []).Count == 0 && (rule.Hide ?? []).Count == 0)
        {
            problems.Add(("pin", "Give at least one URL to pin or to hide."));
        }

        foreach (var (field, urls) in new[] { ("pin", rule.Pin ?? []), ("hide", rule.Hide ?? []) })
        {
            if (urls.Count > SearchRule.MaxUrls)
            {
                problems.Add((field, $"{field} has {urls.Count} URLs; at most {SearchRule.MaxUrls} are allowed."));
            }

            foreach (var url in urls)
            {
                if (!SiteUrl.TryNormalize(url, out var normalized, out var error))
                {
                    problems.Add((field, $"{field}: '{url}' is not a site path: {error}."));
                }
                else if (!isIndexed(normalized))
                {
                    problems.Add((field, $"{field}: '{normalized}' is not an indexed item."));
                }
            }
        }

        return problems;
    }
}
