using System.Globalization;
using System.Text;

namespace HarrisHouse.Search.Testing;

/// <summary>Writes content files in the site's format, for tests that need items of their own.</summary>
public static class ContentFiles
{
    public static string Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A valid blog post with the given slug and body (and optional extra front matter lines).</summary>
    public static string Post(string slug, string title, string body, string date = "2024-05-01", string categories = "[Recovery]", string tags = "[hope]", string extra = "") =>
        $"""
        ---
        type: blog
        title: "{title}"
        url: /blog/{slug}/
        summary: "A test post about {title}."
        categories: {categories}
        tags: {tags}
        author: Test Author
        date: {date}
        {extra}
        ---

        {body}
        """;

    /// <summary>Generates <paramref name="count"/> plausible posts (for tests that need a slow or a large reindex).</summary>
    public static void WriteManyPosts(string folder, int count, int wordsEach = 400)
    {
        var words = new[] { "recovery", "family", "support", "treatment", "alcohol", "opioid", "withdrawal", "hope", "counseling", "relapse", "sleep", "stress", "community", "health", "program" };
        var random = new Random(12345);
        for (var i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            for (var w = 0; w < wordsEach; w++)
            {
                body.Append(words[random.Next(words.Length)]).Append(w % 12 == 11 ? ".\n" : " ");
            }

            var slug = string.Create(CultureInfo.InvariantCulture, $"generated-post-{i:D5}");
            Write(folder, Path.Combine("generated", slug + ".md"), Post(slug, $"Generated post {i}", body.ToString()));
        }
    }
}
