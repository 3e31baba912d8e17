using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>The kinds of query people type, each with a few examples, as the benchmarks run them.</summary>
public static class QueryClasses
{
    public static IReadOnlyDictionary<string, SearchRequest[]> All { get; } = new Dictionary<string, SearchRequest[]>
    {
        ["one word"] = Queries("detox ", "alcohol ", "insurance ", "fentanyl ", "relapse ", "recovery ", "family ", "sleep "),
        ["multi-word"] = Queries("signs of alcohol withdrawal ", "how to stay sober during the holidays ", "help for families of addicts ", "does insurance cover rehab "),
        ["phrase"] = Queries("\"family program\"", "\"medical detox\"", "\"opioid use disorder\"", "\"relapse prevention\""),
        ["misspelled"] = Queries("opiod withdrawl ", "alchohol ", "fentanly ", "benzodiazapines ", "codependancy "),
        ["prefix"] = Queries("fent", "opio", "rela", "detox pro", "alcohol wi"),
        ["filtered"] =
        [
            new SearchRequest { Query = "alcohol ", Categories = ["Alcohol"] },
            new SearchRequest { Query = "recovery ", Types = [ContentType.Blog], Years = [2024, 2025] },
            new SearchRequest { Query = "", Types = [ContentType.Blog], Categories = ["Family"] },
            new SearchRequest { Query = "treatment ", Types = [ContentType.Treatment, ContentType.Addiction] },
        ],
    };

    public static IReadOnlyList<string> Keystrokes { get; } =
        ["o", "op", "opi", "opio", "opioi", "opioid", "d", "de", "det", "deto", "detox", "a", "al", "alc", "alco", "alcoh", "alcohol", "alcohol r", "alcohol re", "s", "so", "sob", "sobe", "sober", "sober l"];

    private static SearchRequest[] Queries(params string[] queries) => queries.Select(q => new SearchRequest { Query = q }).ToArray();
}
