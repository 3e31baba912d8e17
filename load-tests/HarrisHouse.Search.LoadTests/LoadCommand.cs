using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.LoadTests.Reporting;
using HarrisHouse.Search.LoadTests.Runner;
using HarrisHouse.Search.LoadTests.Workload;
using HarrisHouse.Search.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.LoadTests;

[Description("Load the API with the search, suggest, related, mixed and health scenarios, and write a Markdown report.")]
public sealed class LoadCommand(IAnsiConsole console) : AsyncCommand<LoadCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--url <URL>")]
        [Description("An API already running (default: start one on a loopback port, over a fresh index of the sample site).")]
        public string? Url { get; init; }

        [CommandOption("--admin-key <KEY>")]
        [Description("The admin key of the API at --url (for the mixed scenario's upserts and reindexes).")]
        public string? AdminKey { get; init; }

        [CommandOption("--users <N>")]
        [DefaultValue(32)]
        public int Users { get; init; } = 32;

        [CommandOption("--rate <N>")]
        [Description("Arrivals per second in the open model.")]
        [DefaultValue(200)]
        public int Rate { get; init; } = 200;

        [CommandOption("--warmup <SECONDS>")]
        [DefaultValue(5)]
        public int WarmUp { get; init; } = 5;

        [CommandOption("--duration <SECONDS>")]
        [Description("The steady phase of each scenario and model.")]
        [DefaultValue(15)]
        public int Duration { get; init; } = 15;

        [CommandOption("--scenarios <LIST>")]
        [DefaultValue("health,search,suggest,related,mixed")]
        public string Scenarios { get; init; } = "health,search,suggest,related,mixed";

        [CommandOption("--models <LIST>")]
        [DefaultValue("closed,open")]
        public string Models { get; init; } = "closed,open";

        [CommandOption("--request-logs")]
        [Description("Keep the API's per-request log lines (console and file) on, as in production; off by default so the engine is measured.")]
        public bool RequestLogs { get; init; }

        [CommandOption("--no-cache")]
        [Description("Start the API with its answer cache off (Search:CachedAnswers=0), to measure every request computed.")]
        public bool NoCache { get; init; }

        [CommandOption("--no-analytics")]
        [Description("Start the API with search analytics off (Analytics:Enabled=false), to compare its cost.")]
        public bool NoAnalytics { get; init; }

        [CommandOption("--semantic")]
        [Description("Start the API with the embedding model loaded: searches run in hybrid mode (its default).")]
        public bool Semantic { get; init; }

        [CommandOption("--report <FILE>")]
        [Description("Where to write the report (default: load-tests/reports/load-<time>.md).")]
        public string? Report { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loadTests = Path.Combine(RepositoryPaths.Root, "load-tests");
        var workloads = await Workloads.LoadAsync(loadTests, RepositoryPaths.Content);
        using var temporary = new TemporaryDirectory("load");
        var adminKey = settings.AdminKey ?? Guid.NewGuid().ToString("N");
        await using var api = settings.Url is null ? await StartApiAsync(temporary, adminKey, settings) : null;
        var baseAddress = api?.BaseAddress ?? new Uri(settings.Url!);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var admin = new HttpClient { BaseAddress = baseAddress };
        admin.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
        console.MarkupLine($"Target: [bold]{baseAddress}[/] ({(api is null ? "given" : "started by this run")})");

        var runner = new LoadRunner(client, TimeSpan.FromSeconds(settings.WarmUp), TimeSpan.FromSeconds(settings.Duration));
        var scenarios = Scenarios(workloads).Where(s => settings.Scenarios.Split(',').Contains(s.Name)).ToList();
        var results = new List<ScenarioResult>();
        Churn? churn = null;
        foreach (var scenario in scenarios)
        {
            foreach (var model in settings.Models.Split(','))
            {
                console.MarkupLine($"Running [bold]{scenario.Name}[/] ({model})...");
                Task churning = Task.CompletedTask;
                using var stop = new CancellationTokenSource();
                if (scenario.Name == "mixed")
                {
                    churn ??= new Churn(admin);
                    churning = churn.RunAsync(TimeSpan.FromSeconds(settings.WarmUp + settings.Duration), stop.Token);
                }

                var result = model == "open" ? await runner.OpenAsync(scenario, settings.Rate) : await runner.ClosedAsync(scenario, settings.Users);
                await stop.CancelAsync();
                await churning.ContinueWith(_ => { }, TaskScheduler.Default);
                results.Add(result);
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Requests:N0} requests, {result.RequestsPerSecond:N0} req/s, p50 {result.Milliseconds(50):0.00} ms, p99 {result.Milliseconds(99):0.00} ms, errors {result.Errors}"));
            }
        }

        var command = "dotnet run --project load-tests/HarrisHouse.Search.LoadTests -c Release -- " + string.Join(' ', context.Arguments);
        var report = MarkdownReport.Write(results, churn, api is null ? baseAddress.ToString() : $"API started on 127.0.0.1 by the harness, Release build, sample site, {(settings.Semantic ? "embedding model on (hybrid search)" : "lexical search")}, answer cache {(settings.NoCache ? "off" : "on")}, analytics {(settings.NoAnalytics ? "off" : "on")}, per-request logs {(settings.RequestLogs ? "on" : "off")}", command.TrimEnd());
        var path = settings.Report ?? Path.Combine(loadTests, "reports", $"load-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, report, cancellationToken);
        console.WriteLine(report);
        console.MarkupLine($"Report written to [bold]{Markup.Escape(path)}[/]");

        var failed = results.Sum(r => r.Errors) + (churn?.UpsertFailures ?? 0) + (churn?.ReindexFailures ?? 0);
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<Scenario> Scenarios(Workloads workloads)
    {
        HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);
        HttpRequestMessage Search(Random random) => Get("/api/search?" + workloads.Searches.Next(random));
        HttpRequestMessage Suggest(int i) => Get("/api/suggest?q=" + Uri.EscapeDataString(workloads.Keystrokes[i % workloads.Keystrokes.Count]));
        HttpRequestMessage Related(Random random) => Get("/api/related?url=" + Uri.EscapeDataString(workloads.Articles.Next(random)));

        yield return new Scenario("health", (_, _) => Get("/health/live"));
        yield return new Scenario("search", (_, random) => Search(random));
        yield return new Scenario("suggest", (i, _) => Suggest(i));
        yield return new Scenario("related", (_, random) => Related(random));
        yield return new Scenario("mixed", (i, random) => random.Next(100) switch
        {
            < 55 => Search(random),
            < 85 => Suggest(i),
            _ => Related(random),
        });
    }

    private static Task<ApiProcess> StartApiAsync(TemporaryDirectory directory, string adminKey, Settings settings) =>
        ApiProcess.StartAsync(
            new Dictionary<string, string>(ApiProcess.Configuration(directory.Combine("index"), directory.CopyOfSampleContent(), directory.Combine("logs")))
            {
                ["Admin:ApiKeys:0"] = adminKey,
                ["Analytics:Enabled"] = settings.NoAnalytics ? "false" : "true",
                ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = settings.RequestLogs ? "Information" : "Warning",
                ["Search:CachedAnswers"] = settings.NoCache ? "0" : "2000",
                ["Search:Semantic:Enabled"] = settings.Semantic ? "true" : "false",
                ["Search:Semantic:CachePath"] = SemanticSite.SharedCache,
            },
            directory.Path);
}
