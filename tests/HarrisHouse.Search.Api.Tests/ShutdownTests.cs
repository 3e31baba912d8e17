using System.Net;
using System.Net.Sockets;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Testing;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Api.Tests;

public sealed class ShutdownTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("shutdown");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task On_shutdown_requests_in_flight_complete_and_the_index_is_committed_and_unlocked()
    {
        var options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
        await using var api = await ApiProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Search:IndexPath"] = options.FullIndexPath,
                ["Search:ContentPath"] = options.ContentPath,
                ["Search:SynonymsPath"] = RepositoryPaths.Synonyms,
                ["Search:CrisisPhrasesPath"] = RepositoryPaths.CrisisPhrases,
                ["Admin:ApiKeys:0"] = AdminApiFactory.Key,
                ["Logging:File:Path"] = _directory.Combine("logs", "api-.log"),
            },
            _directory.Path);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminApiFactory.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var upserts = Enumerable.Range(0, 10).Select(i => Outcome(client.PutDocumentAsync(ApiCalls.Post($"shutdown-{i}", $"Shutdown test {i}", "A note written as the service stopped.")))).ToList();
        var searches = Enumerable.Range(0, 60).Select(_ => Outcome(client.GetAsync("/api/search?q=recovery"))).ToList();
        await Task.Delay(5);
        var exitCode = await api.StopGracefullyAsync();
        var outcomes = await Task.WhenAll(upserts.Concat(searches));

        Assert.Equal(0, exitCode);
        Assert.All(outcomes, o => Assert.True(o is "200" or "refused", $"a request ended with {o}"));
        Assert.Contains("200", outcomes);

        var generation = new GenerationStore(options.FullIndexPath).Current()!;
        using (var directory = FSDirectory.Open(generation.Directory))
        {
            Assert.False(Lucene.Net.Index.IndexWriter.IsLocked(directory), "the index was left locked");
        }

        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();
        for (var i = 0; i < upserts.Count; i++)
        {
            if (await upserts[i] == "200")
            {
                Assert.NotNull(engine.Documents.Get($"/blog/shutdown-{i}/"));
            }
        }
    }

    /// <summary>"200", "refused" (never reached a listening server) or what went wrong.</summary>
    private static async Task<string> Outcome(Task<HttpResponseMessage> request)
    {
        try
        {
            var response = await request;
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return "refused";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message + " / " + ex.InnerException?.GetType().Name + ": " + ex.InnerException?.Message;
        }
    }
}
