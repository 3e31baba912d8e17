using BenchmarkDotNet.Attributes;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Suggestions;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>In-process costs on the sample site with the answer cache off: every call is computed.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class EngineBenchmarks
{
    private TemporaryDirectory _directory = null!;
    private SearchEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_directory, _engine) = SampleSite.BuildAndOpen(o =>
        {
            o.CachedAnswers = 0;
            return o;
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        _directory.Dispose();
    }

    [Benchmark]
    public SearchResult OneWord() => _engine.Search.Search(new SearchRequest { Query = "detox " });

    [Benchmark]
    public SearchResult MultiWord() => _engine.Search.Search(new SearchRequest { Query = "signs of alcohol withdrawal " });

    [Benchmark]
    public SearchResult Phrase() => _engine.Search.Search(new SearchRequest { Query = "\"family program\"" });

    [Benchmark]
    public SearchResult Misspelled() => _engine.Search.Search(new SearchRequest { Query = "opiod withdrawl " });

    [Benchmark]
    public SearchResult Prefix() => _engine.Search.Search(new SearchRequest { Query = "fent" });

    [Benchmark]
    public SearchResult Filtered() => _engine.Search.Search(new SearchRequest { Query = "alcohol ", Categories = ["Alcohol"], Types = [ContentType.Blog] });

    [Benchmark]
    public SearchResult FacetCounting() => _engine.Search.Search(new SearchRequest { Types = [ContentType.Blog], Categories = ["Recovery"], Years = [2024] });

    [Benchmark]
    public IReadOnlyList<RankedHit> RankOnly() => _engine.Search.Rank(new SearchRequest { Query = "detox " }, 10);

    [Benchmark]
    public SuggestResult Suggest() => _engine.Suggest.Suggest("opio", 8);

    [Benchmark]
    public RelatedResult? RelatedLookup() => _engine.Related.ForUrl("/blog/how-trauma-affects-the-brain/", 3);
}
