using System.Diagnostics;

namespace HarrisHouse.Search.LoadTests.Runner;

/// <summary>
/// Runs a scenario in two load models. Closed: N users, each sending its next request as soon as the last
/// answered. Open: requests arrive at a constant rate whatever happens, and each latency is measured from
/// the request's scheduled start, so that a stall shows as the queue it causes (no coordinated omission).
/// Both warm up first, then measure a steady phase.
/// </summary>
public sealed class LoadRunner(HttpClient client, TimeSpan warmUp, TimeSpan steady)
{
    public async Task<ScenarioResult> ClosedAsync(Scenario scenario, int users)
    {
        await ClosedPhaseAsync(scenario, users, warmUp, result: null);
        var result = new ScenarioResult(scenario.Name, "closed", $"{users} users");
        var stopwatch = Stopwatch.StartNew();
        await ClosedPhaseAsync(scenario, users, steady, result);
        result.Duration = stopwatch.Elapsed;
        return result;
    }

    public async Task<ScenarioResult> OpenAsync(Scenario scenario, int requestsPerSecond)
    {
        await ClosedPhaseAsync(scenario, 4, warmUp, result: null);
        var result = new ScenarioResult(scenario.Name, "open", $"{requestsPerSecond} req/s");
        var interval = TimeSpan.FromSeconds(1.0 / requestsPerSecond);
        var total = (int)(steady.TotalSeconds * requestsPerSecond);
        var random = new Random(7);
        var inFlight = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var scheduled = interval * i;
            var wait = scheduled - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var request = scenario.NextRequest(i, random);
            inFlight.Add(SendAsync(request, result, () => clock.Elapsed - scheduled));
        }

        await Task.WhenAll(inFlight);
        result.Duration = clock.Elapsed;
        return result;
    }

    private async Task ClosedPhaseAsync(Scenario scenario, int users, TimeSpan length, ScenarioResult? result)
    {
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            var random = new Random(user * 7919);
            for (var i = user; deadline.Elapsed < length; i += users)
            {
                var started = Stopwatch.GetTimestamp();
                var request = scenario.NextRequest(i, random);
                await SendAsync(request, result, () => Stopwatch.GetElapsedTime(started));
            }
        })));
    }

    private async Task SendAsync(HttpRequestMessage request, ScenarioResult? result, Func<TimeSpan> elapsed)
    {
        string status;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex)
        {
            status = "error: " + (ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException)
        {
            status = "timeout";
        }

        result?.Record(elapsed(), status);
    }
}
