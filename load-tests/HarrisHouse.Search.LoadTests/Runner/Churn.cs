using System.Diagnostics;
using System.Net.Http.Json;

namespace HarrisHouse.Search.LoadTests.Runner;

/// <summary>
/// What staff do to the index while visitors search, for the mixed scenario: an upsert every half second
/// and a full reindex every ten seconds, through the admin API.
/// </summary>
public sealed class Churn(HttpClient admin)
{
    public int Upserts { get; private set; }
    public int UpsertFailures { get; private set; }
    public int ReindexesStarted { get; private set; }
    public int ReindexesBusy { get; private set; }
    public int ReindexFailures { get; private set; }

    public async Task RunAsync(TimeSpan length, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var nextReindex = TimeSpan.Zero;
        for (var i = 0; clock.Elapsed < length && !cancellationToken.IsCancellationRequested; i++)
        {
            if (clock.Elapsed >= nextReindex)
            {
                var response = await admin.PostAsync("/api/admin/reindex", null, cancellationToken);
                switch ((int)response.StatusCode)
                {
                    case 202: ReindexesStarted++; break;
                    case 409: ReindexesBusy++; break;
                    default: ReindexFailures++; break;
                }

                nextReindex += TimeSpan.FromSeconds(10);
            }

            var upsert = await admin.PutAsync("/api/admin/documents", JsonContent.Create(Document(i % 20)), cancellationToken);
            Upserts++;
            UpsertFailures += upsert.IsSuccessStatusCode ? 0 : 1;
            await Task.Delay(500, cancellationToken);
        }
    }

    private static object Document(int n) => new
    {
        type = "blog",
        title = $"Load test update {n}",
        url = $"/blog/load-test-update-{n}/",
        summary = "A post rewritten during the load test.",
        categories = new[] { "Recovery" },
        tags = new[] { "hope" },
        author = "Load Test",
        date = "2025-11-01",
        body = $"Recovery update number {n}: detox, family support, relapse prevention and hope.",
    };
}
