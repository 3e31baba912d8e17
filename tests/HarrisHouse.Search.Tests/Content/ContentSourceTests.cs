using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Content;

public sealed class ContentSourceTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("content");

    public void Dispose() => _directory.Dispose();

    private async Task<ContentSnapshot> LoadAsync() =>
        await new MarkdownFolderSource(_directory.Path).LoadAsync(null, CancellationToken.None);

    [Fact]
    public async Task Each_invalid_item_is_reported_with_its_file_and_field_and_the_valid_ones_still_load()
    {
        ContentFiles.Write(_directory.Path, "good.md", ContentFiles.Post("good", "A good post", "Some text."));
        ContentFiles.Write(_directory.Path, "no-title.md", "---\ntype: blog\nurl: /blog/no-title/\ndate: 2024-01-01\n---\nText.");
        ContentFiles.Write(_directory.Path, "bad-type.md", "---\ntype: podcast\ntitle: \"A podcast\"\nurl: /podcasts/one/\n---\nText.");
        ContentFiles.Write(_directory.Path, "bad-date.md", "---\ntype: blog\ntitle: \"Dated\"\nurl: /blog/dated/\ndate: 12/16/2024\n---\nText.");
        ContentFiles.Write(_directory.Path, "z-duplicate.md", ContentFiles.Post("good", "Same URL again", "Other text."));
        ContentFiles.Write(_directory.Path, "broken-yaml.md", "---\ntype: blog\ntitle: \"Unclosed\n  categories: [a, b\n---\nText.");
        ContentFiles.Write(_directory.Path, "no-front-matter.md", "Just some text without front matter.");
        ContentFiles.Write(_directory.Path, "bad-url.md", "---\ntype: page\ntitle: \"Absolute\"\nurl: https://example.org/about/\n---\nText.");

        var snapshot = await LoadAsync();

        Assert.Equal(["/blog/good/"], snapshot.Items.Select(i => i.Url));
        AssertProblem(snapshot, "no-title.md", "title");
        AssertProblem(snapshot, "bad-type.md", "type", line: 2);
        AssertProblem(snapshot, "bad-date.md", "date", line: 5);
        AssertProblem(snapshot, "z-duplicate.md", "url");
        AssertProblem(snapshot, "broken-yaml.md", null);
        AssertProblem(snapshot, "no-front-matter.md", null, line: 1);
        AssertProblem(snapshot, "bad-url.md", "url", line: 4);
    }

    [Fact]
    public async Task The_duplicate_url_problem_names_the_file_that_already_holds_the_url()
    {
        ContentFiles.Write(_directory.Path, "a.md", ContentFiles.Post("same", "First", "Text."));
        ContentFiles.Write(_directory.Path, "b.md", ContentFiles.Post("same", "Second", "Text."));

        var snapshot = await LoadAsync();

        var problem = Assert.Single(snapshot.Problems);
        Assert.EndsWith("b.md", problem.Source, StringComparison.Ordinal);
        Assert.Contains("a.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_categories_and_tags_are_folded()
    {
        ContentFiles.Write(_directory.Path, "repeat.md", ContentFiles.Post("repeat", "Repeats", "Text.", categories: "[Abuse, Abuse, Blog, abuse]", tags: "[opioids, Opioids, detox]"));

        var item = Assert.Single((await LoadAsync()).Items);

        Assert.Equal(["Abuse", "Blog"], item.Categories);
        Assert.Equal(["opioids", "detox"], item.Tags);
    }

    [Fact]
    public async Task Markdown_becomes_plain_text_with_headings_kept_apart_from_the_body()
    {
        var body = "Intro with **bold** and a [link](/contact/).\n\n## First heading\n\n- one item\n- two item\n\n## Second heading\n\nClosing `code` text.";
        ContentFiles.Write(_directory.Path, "md.md", ContentFiles.Post("md", "Markdown", body));

        var item = Assert.Single((await LoadAsync()).Items);

        Assert.Equal(["First heading", "Second heading"], item.Headings);
        Assert.Contains("Intro with bold and a link.", item.Body, StringComparison.Ordinal);
        Assert.Contains("Closing code text.", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("heading", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("](", item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_and_search_phrases_are_read_from_the_front_matter()
    {
        ContentFiles.Write(_directory.Path, "hidden.md", ContentFiles.Post("hidden", "Hidden", "Text.", extra: "search: false\nsearch_phrases: [\"my kid is using again\", \"my son, 19, drinks\", \"My kid is using again\"]"));
        ContentFiles.Write(_directory.Path, "single.md", ContentFiles.Post("single", "Single", "Text.", extra: "search_phrases: my son, 19, drinks"));
        ContentFiles.Write(_directory.Path, "plain.md", ContentFiles.Post("plain", "Plain", "Text."));

        var items = (await LoadAsync()).Items.ToDictionary(i => i.Url);

        Assert.False(items["/blog/hidden/"].Searchable);
        Assert.Equal(["my kid is using again", "my son, 19, drinks"], items["/blog/hidden/"].SearchPhrases);
        Assert.Equal(["my son, 19, drinks"], items["/blog/single/"].SearchPhrases);
        Assert.True(items["/blog/plain/"].Searchable);
        Assert.Empty(items["/blog/plain/"].SearchPhrases);
    }

    [Fact]
    public async Task Bad_search_and_search_phrases_values_are_problems_naming_the_field_and_the_line()
    {
        var tooLong = new string('a', ContentValidator.MaxSearchPhraseLength + 1);
        var tooMany = string.Join(", ", Enumerable.Range(1, ContentValidator.MaxSearchPhrases + 1).Select(i => $"\"phrase {i}\""));
        ContentFiles.Write(_directory.Path, "not-boolean.md", ContentFiles.Post("not-boolean", "Not boolean", "Text.", extra: "search: maybe"));
        ContentFiles.Write(_directory.Path, "mapping.md", ContentFiles.Post("mapping", "Mapping", "Text.", extra: "search_phrases: {a: b}"));
        ContentFiles.Write(_directory.Path, "empty.md", ContentFiles.Post("empty", "Empty", "Text.", extra: "search_phrases: [\"fine\", \"  \"]"));
        ContentFiles.Write(_directory.Path, "nested.md", ContentFiles.Post("nested", "Nested", "Text.", extra: "search_phrases: [[a, b]]"));
        ContentFiles.Write(_directory.Path, "too-long.md", ContentFiles.Post("too-long", "Too long", "Text.", extra: $"search_phrases: [\"{tooLong}\"]"));
        ContentFiles.Write(_directory.Path, "too-many.md", ContentFiles.Post("too-many", "Too many", "Text.", extra: $"search_phrases: [{tooMany}]"));

        var snapshot = await LoadAsync();

        Assert.Empty(snapshot.Items);
        AssertProblem(snapshot, "not-boolean.md", "search", line: 10);
        AssertProblem(snapshot, "mapping.md", "search_phrases", line: 10);
        AssertProblem(snapshot, "empty.md", "search_phrases", line: 10);
        AssertProblem(snapshot, "nested.md", "search_phrases", line: 10);
        AssertProblem(snapshot, "too-long.md", "search_phrases", line: 10);
        AssertProblem(snapshot, "too-many.md", "search_phrases", line: 10);
        Assert.Contains("maybe", snapshot.Problems.Single(p => p.Field == "search").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelled_search_field_is_a_warning_that_names_the_right_one()
    {
        ContentFiles.Write(_directory.Path, "typo.md", ContentFiles.Post("typo", "Typo", "Text.", extra: "search_phrase: [\"my kid is using again\"]"));

        var snapshot = await LoadAsync();

        var warning = Assert.Single(snapshot.Warnings);
        Assert.Contains("search_phrases", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_content_folder_is_an_error_that_names_it()
    {
        var missing = _directory.Combine("nowhere");

        var error = await Assert.ThrowsAsync<HarrisHouse.Search.Sources.ContentSourceException>(() =>
            new MarkdownFolderSource(missing).LoadAsync(null, CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    private static void AssertProblem(ContentSnapshot snapshot, string file, string? field, int? line = null)
    {
        var problem = snapshot.Problems.FirstOrDefault(p => p.Source.EndsWith(file, StringComparison.Ordinal) && p.Field == field);
        Assert.True(problem is not null, $"expected a problem for {file} field {field ?? "(none)"}; got: {string.Join(" | ", snapshot.Problems)}");
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        if (line is not null)
        {
            Assert.Equal(line, problem.Line);
        }
    }
}
