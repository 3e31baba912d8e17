using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Sources.Markdown;

/// <summary>
/// The content folder: one Markdown file per item, YAML front matter first. Invalid files are reported with
/// their path, line and field and skipped; the rest is returned.
/// </summary>
public sealed class MarkdownFolderSource(string folder) : IContentSource
{
    public string Description => Path.GetFullPath(folder);

    public async Task<ContentSnapshot> LoadAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new ContentSourceException($"The content folder '{Description}' does not exist.");
        }

        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        var items = new List<(ContentItem, string)>();
        var problems = new List<ContentProblem>();
        var warnings = new List<ContentProblem>();
        var done = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var displayName = DisplayName(file);
            var (item, fileProblems, fileWarnings) = await ReadFileAsync(file, displayName, cancellationToken);
            problems.AddRange(fileProblems);
            warnings.AddRange(fileWarnings);
            if (item is not null)
            {
                items.Add((item, displayName));
            }

            progress?.Report(++done);
        }

        return ContentSnapshot.WithUniqueUrls(items, problems, Description) with { Warnings = warnings };
    }

    /// <summary>The path staff can open: relative to the current directory when the file is below it, else in full.</summary>
    private static string DisplayName(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }

    public static async Task<ParsedFile> ReadFileAsync(string path, string displayName, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (IOException ex)
        {
            return new ParsedFile(null, [new ContentProblem(displayName, null, null, $"could not be read: {ex.Message}")], []);
        }

        var parsed = Parse(text, displayName);
        return parsed.Item is null ? parsed : parsed with { Item = parsed.Item with { Modified = File.GetLastWriteTimeUtc(path) } };
    }

    /// <summary>Parses the text of one content file.</summary>
    public static ParsedFile Parse(string text, string displayName)
    {
        if (!FrontMatterDocument.TrySplit(text, out var document, out var splitError))
        {
            return new ParsedFile(null, [new ContentProblem(displayName, 1, null, splitError)], []);
        }

        var problems = new List<ContentProblem>();
        var fields = FrontMatterReader.Read(document, displayName, problems);
        if (problems.Count > 0)
        {
            // The front matter could not be read as a whole; its url line may still name the item.
            var url = LooseUrl.Find(document.Yaml);
            return new ParsedFile(null, problems.Select(p => p with { Url = url }).ToList(), fields.Warnings);
        }

        var (body, headings) = MarkdownText.Render(document.Body);
        fields.Body = body;
        fields.Headings = headings;
        var (item, invalid) = ContentValidator.Validate(fields, displayName);
        return new ParsedFile(item, invalid, fields.Warnings);
    }
}

/// <summary>One content file read: its item when valid, what is wrong with it, and what looks mistaken.</summary>
public sealed record ParsedFile(ContentItem? Item, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ContentProblem> Warnings);
