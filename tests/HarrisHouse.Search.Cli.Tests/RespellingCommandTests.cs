using System.Text.Json;
using System.Text.RegularExpressions;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>
/// With the embedding model on, the search verb says when a misspelt word was searched as its correction, and
/// <c>--as-typed</c> searches the words typed, as the results page's "search instead for" link does.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class RespellingCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("cli-respelling");
    private readonly SearchOptions _options;

    public RespellingCommandTests()
    {
        _options = SemanticSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
    }

    public void Dispose() => _directory.Dispose();

    private StaffCommand.Run Run(params string[] args) => StaffCommand.Execute(_options, args);

    [Fact]
    public void A_misspelt_search_says_what_it_showed_and_as_typed_searches_the_words_typed()
    {
        Assert.Equal(0, Run("reindex").ExitCode);

        var respelt = Run("search", "metadone maintenance");
        var respeltJson = JsonSerializer.Deserialize<SearchResult>(Run("search", "metadone maintenance", "--json").Output, SearchJson.Options)!;
        var asTyped = JsonSerializer.Deserialize<SearchResult>(Run("search", "metadone maintenance", "--as-typed", "--json").Output, SearchJson.Options)!;

        Assert.Equal(0, respelt.ExitCode);
        Assert.Contains("Showing results for methadone maintenance", Regex.Replace(respelt.Output, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal("methadone maintenance", respeltJson.SearchedFor);
        Assert.Null(asTyped.SearchedFor);
        Assert.NotEqual(respeltJson.Hits.Select(h => h.Url), asTyped.Hits.Select(h => h.Url));
    }
}
