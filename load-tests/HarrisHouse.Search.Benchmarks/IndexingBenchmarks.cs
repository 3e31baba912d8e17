using BenchmarkDotNet.Attributes;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Evaluation;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>Building generations (the sample site with related lists; NFCorpus without) and switching between them.</summary>
[SimpleJob(warmupCount: 2, iterationCount: 6, invocationCount: 1)]
public class IndexingBenchmarks
{
    private TemporaryDirectory _directory = null!;
    private BeirDataset _nfcorpus = null!;
    private SearchEngine _engine = null!;
    private GenerationStore _store = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _directory = new TemporaryDirectory("bench-index");
        _nfcorpus = BeirDataset.Load(Path.Combine(RepositoryPaths.Root, "..", "shared", "datasets", "nfcorpus"));
        var options = SampleSite.Options(_directory.Combine("switch"));
        SampleSite.Build(options);
        SampleSite.Build(options);
        _engine = SearchEngine.Create(options, writable: true);
        _engine.Index.Start();
        _store = new GenerationStore(options.FullIndexPath);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        _directory.Dispose();
    }

    /// <summary>The staff command's work for the sample site: read, index, related lists, commit, switch.</summary>
    [Benchmark]
    public ReindexReport ReindexSampleSite() => SampleSite.Build(SampleSite.Options(_directory.Combine($"sample-{_run++}")));

    /// <summary>3,633 NFCorpus documents through the product's indexing (no related lists).</summary>
    [Benchmark]
    public BeirEvaluator.Built IndexNfcorpus() => BeirEvaluator.BuildIndex(_nfcorpus, _directory.Combine($"nf-{_run++}"), Stemmer.KStem);

    /// <summary>Opening, verifying and swapping in another generation, as the API does when CURRENT changes.</summary>
    [Benchmark]
    public bool GenerationSwitch()
    {
        var generations = _store.ListComplete();
        var other = generations.First(g => g.Name != _engine.Index.Status.Generation);
        _store.SwitchTo(other);
        return _engine.Index.Refresh();
    }
}
