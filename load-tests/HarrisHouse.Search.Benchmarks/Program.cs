using BenchmarkDotNet.Running;
using HarrisHouse.Search.Benchmarks;
using HarrisHouse.Search.Benchmarks.Peer;
using Spectre.Console.Cli;

// dotnet run -c Release --project load-tests/HarrisHouse.Search.Benchmarks -- bdn [--filter *]   (BenchmarkDotNet suites)
//                                                                         -- latency            (in-process percentiles)
//                                                                         -- scale --sizes 10000,100000,1000000
//                                                                         -- ann --size 1000000 (exact vs HNSW vectors)
//                                                                         -- semantic           (hybrid beside lexical)
//                                                                         -- analytics          (recorder events/s, batch write)
//                                                                         -- peer [--quick]     (against Java Lucene 4.10)
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("hh-bench");
    config.AddCommand<LatencyCommand>("latency");
    config.AddCommand<ScaleCommand>("scale");
    config.AddCommand<AnnCommand>("ann");
    config.AddCommand<SemanticCommand>("semantic");
    config.AddCommand<AnalyticsCommand>("analytics");
    config.AddCommand<PeerCommand>("peer");
});
return await app.RunAsync(args);
