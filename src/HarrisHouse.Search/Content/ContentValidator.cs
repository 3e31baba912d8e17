using System.Globalization;

namespace HarrisHouse.Search.Content;

/// <summary>The one set of rules an item must pass to be indexed, whichever source it comes from.</summary>
public static class ContentValidator
{
    public const int MaxTitleLength = 300;
    public const int MaxSummaryLength = 1_000;
    public const int MaxLabelLength = 100;
    public const int MaxLabels = 30;
    public const int MaxBodyLength = 200_000;
    public const int MaxSearchPhraseLength = 200;
    public const int MaxSearchPhrases = 50;

    public static (ContentItem? Item, IReadOnlyList<ContentProblem> Problems) Validate(ContentFields fields, string source)
    {
        var problems = new List<ContentProblem>();
        void Report(string field, string message) =>
            problems.Add(new ContentProblem(source, fields.Lines.TryGetValue(field, out var line) ? line : null, field, message));

        ContentType type = default;
        if (string.IsNullOrWhiteSpace(fields.Type))
        {
            Report("type", $"is missing; use one of {ContentTypes.AllNames}");
        }
        else if (!ContentTypes.TryParse(fields.Type, out type))
        {
            Report("type", $"'{fields.Type}' is not a known type; use one of {ContentTypes.AllNames}");
        }

        var title = Clean(fields.Title);
        if (title.Length == 0)
        {
            Report("title", "is missing or empty");
        }
        else if (title.Length > MaxTitleLength)
        {
            Report("title", $"is {title.Length} characters long; at most {MaxTitleLength} are allowed");
        }

        var url = "";
        if (fields.Url is null)
        {
            Report("url", "is missing; give the site-relative path, like /blog/my-post/");
        }
        else if (!SiteUrl.TryNormalize(fields.Url, out url, out var urlError))
        {
            Report("url", urlError);
        }

        var summary = Clean(fields.Summary);
        if (summary.Length > MaxSummaryLength)
        {
            Report("summary", $"is {summary.Length} characters long; at most {MaxSummaryLength} are allowed");
        }

        var categories = CheckLabels("categories", fields.Categories, Report);
        var tags = CheckLabels("tags", fields.Tags, Report);
        var searchPhrases = CheckSearchPhrases(fields.SearchPhrases, Report);

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(fields.Date))
        {
            if (DateOnly.TryParseExact(fields.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                published = date;
            }
            else
            {
                Report("date", $"'{fields.Date}' is not a date; write it as YYYY-MM-DD, like 2024-12-16");
            }
        }
        else if (type == ContentType.Blog && problems.All(p => p.Field != "type"))
        {
            Report("date", "is missing; a blog post needs its publication date as YYYY-MM-DD");
        }

        if (fields.Body.Length > MaxBodyLength)
        {
            Report("body", $"is {fields.Body.Length} characters long; at most {MaxBodyLength} are allowed");
        }

        if (problems.Count > 0)
        {
            // The URL was readable: name it, so a reindex can keep the last good version of this item.
            var knownUrl = problems.All(p => p.Field != "url") ? url : null;
            return (null, problems.Select(p => p with { Url = knownUrl }).ToList());
        }

        var item = new ContentItem
        {
            Url = url,
            Type = type,
            Title = title,
            Summary = summary,
            Body = fields.Body.Trim(),
            Headings = Labels.Fold(fields.Headings),
            Categories = categories,
            Tags = tags,
            Author = string.IsNullOrWhiteSpace(fields.Author) ? null : Clean(fields.Author),
            Published = published,
            IsListing = fields.Listing,
            Searchable = fields.Search,
            SearchPhrases = searchPhrases,
            Modified = fields.Modified,
        };
        return (item, problems);
    }

    private static IReadOnlyList<string> CheckLabels(string field, IReadOnlyList<string>? values, Action<string, string> report)
    {
        var folded = Labels.Fold(values ?? []);
        if (folded.Count > MaxLabels)
        {
            report(field, $"has {folded.Count} values; at most {MaxLabels} are allowed");
        }

        foreach (var value in folded.Where(v => v.Length > MaxLabelLength))
        {
            report(field, $"'{value[..20]}...' is longer than {MaxLabelLength} characters");
        }

        return folded;
    }

    /// <summary>A list of plain phrases: none empty, none too long, not too many; repeats folded.</summary>
    private static IReadOnlyList<string> CheckSearchPhrases(IReadOnlyList<string>? values, Action<string, string> report)
    {
        const string field = "search_phrases";
        var raw = values ?? [];
        var empty = raw.Count(v => Clean(v).Length == 0);
        if (empty > 0)
        {
            report(field, empty == 1 ? "has an empty phrase; every entry must be words people search for" : $"has {empty} empty phrases; every entry must be words people search for");
        }

        var folded = Labels.Fold(raw);
        if (folded.Count > MaxSearchPhrases)
        {
            report(field, $"has {folded.Count} phrases; at most {MaxSearchPhrases} are allowed");
        }

        foreach (var value in folded.Where(v => v.Length > MaxSearchPhraseLength))
        {
            report(field, $"'{value[..20]}...' is {value.Length} characters long; at most {MaxSearchPhraseLength} are allowed per phrase");
        }

        return folded;
    }

    private static string Clean(string? value) =>
        string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
