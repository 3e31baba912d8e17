using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Sources;

/// <summary>Where the site's content comes from (a folder of Markdown files, WordPress, saved HTML pages).</summary>
public interface IContentSource
{
    /// <summary>A short human description, such as the folder path, for logs and summaries.</summary>
    string Description { get; }

    /// <summary>Reads every item; invalid items are reported as problems, never thrown.</summary>
    Task<ContentSnapshot> LoadAsync(IProgress<int>? progress, CancellationToken cancellationToken);
}
