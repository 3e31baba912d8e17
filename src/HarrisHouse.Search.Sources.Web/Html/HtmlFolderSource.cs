using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Sources.Html;

/// <summary>
/// A folder of saved pages of the site (<c>*.html</c>): each page's article is one item. A page without a
/// canonical link takes its path from the file's place in the folder (<c>blog/x.html</c> → <c>/blog/x/</c>).
/// </summary>
public sealed class HtmlFolderSource(string folder, WebSourceSettings settings) : IContentSource
{
    private readonly HtmlPageReader _reader = new(settings);

    public string Description => Path.GetFullPath(folder);

    public async Task<ContentSnapshot> LoadAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new ContentSourceException($"The folder of saved pages '{Description}' does not exist.");
        }

        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var items = new List<(ContentItem, string)>();
        var problems = new List<ContentProblem>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(root, file);
            var fields = _reader.Read(await File.ReadAllTextAsync(file, cancellationToken), file, PathFromFile(relative));
            var (item, itemProblems) = ContentValidator.Validate(fields, file);
            problems.AddRange(itemProblems);
            if (item is not null)
            {
                items.Add((item with { Modified = File.GetLastWriteTimeUtc(file) }, file));
            }

            progress?.Report(items.Count + problems.Count);
        }

        return ContentSnapshot.WithUniqueUrls(items, problems, Description);
    }

    private static string PathFromFile(string relative)
    {
        var withoutExtension = Path.ChangeExtension(relative, null).Replace(Path.DirectorySeparatorChar, '/');
        if (withoutExtension.EndsWith("/index", StringComparison.OrdinalIgnoreCase) || withoutExtension == "index")
        {
            withoutExtension = withoutExtension[..^"index".Length].TrimEnd('/');
        }

        return "/" + (withoutExtension.Length == 0 ? "" : withoutExtension + "/");
    }
}
