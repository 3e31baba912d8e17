using System.Reflection;
using HarrisHouse.Search.Testing;
using NetArchTest.Rules;

namespace HarrisHouse.Search.Tests.Architecture;

/// <summary>
/// The core's folders depend one way, bottom to top, and the hosts come in through the front door only. A
/// failure names the types that reach the wrong way.
/// </summary>
public sealed class LayerTests
{
    private const string Core = "HarrisHouse.Search";

    /// <summary>The core's layers, bottom first: each may use those below it, never those above.</summary>
    public static readonly string[][] Layers =
    [
        ["Content", "Analysis"],
        ["Sources"],
        ["Curation"],
        ["Storage"],
        ["Semantic"],
        ["Related"],
        ["Indexing"],
        ["Serving"],
        ["Searching"],
        ["Operations"],
    ];

    public static TheoryData<int> LayerIndexes => new(Enumerable.Range(0, Layers.Length));

    [Theory]
    [MemberData(nameof(LayerIndexes))]
    public void A_layer_does_not_depend_on_the_layers_above_it(int layer)
    {
        var above = Layers.Skip(layer + 1).SelectMany(l => l).Select(Namespace).ToArray();
        foreach (var name in Layers[layer])
        {
            var result = Types.InAssembly(typeof(SearchEngine).Assembly)
                .That().ResideInNamespace(Namespace(name))
                .ShouldNot().HaveDependencyOnAny(above)
                .GetResult();

            Assert.True(result.IsSuccessful, $"{name} reaches up into {string.Join(", ", above)}: {Names(result)}");
        }
    }

    [Fact]
    public void Only_the_front_door_and_the_operations_use_the_engine_and_its_options()
    {
        foreach (var name in Layers.SkipLast(1).SelectMany(l => l))
        {
            var result = Types.InAssembly(typeof(SearchEngine).Assembly)
                .That().ResideInNamespace(Namespace(name))
                .ShouldNot().HaveDependencyOnAny(typeof(SearchEngine).FullName!, typeof(SearchOptions).FullName!)
                .GetResult();

            Assert.True(result.IsSuccessful, $"{name} reaches up to the front door: {Names(result)}");
        }
    }

    [Fact]
    public void The_rules_see_dependencies_that_exist()
    {
        // A control: were the namespaces misspelt or the dependencies unread, every rule above would pass.
        var searchingOnServing = Types.InAssembly(typeof(SearchEngine).Assembly)
            .That().ResideInNamespace(Namespace("Searching"))
            .And().HaveDependencyOn(Namespace("Serving"))
            .GetTypes();
        var hostsOnCore = Types.FromFile(typeof(Cli.CliApp).Assembly.Location)
            .That().HaveDependencyOn(typeof(SearchEngine).FullName!)
            .GetTypes();

        Assert.Contains(searchingOnServing, t => t.Name == "SearchService");
        Assert.Contains(hostsOnCore, t => t.Name == "SearchCommand");
    }

    [Theory]
    [InlineData("HarrisHouse.Search.Api", "HarrisHouse.Search.Api.dll")]
    [InlineData("HarrisHouse.Search.Cli", "hh-search.dll")]
    [InlineData("HarrisHouse.Search.Sources.Web", "HarrisHouse.Search.Sources.Web.dll")]
    [InlineData("HarrisHouse.Search.Embeddings", "HarrisHouse.Search.Embeddings.dll")]
    public void A_host_does_not_use_lucene_or_the_cores_serving_and_storage(string project, string assembly)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "src", project, "bin", configuration, "net10.0", assembly);
        Assert.True(File.Exists(path), $"{path} is built by the solution");

        var result = Types.FromFile(path)
            .ShouldNot().HaveDependencyOnAny("Lucene.Net", Namespace("Serving") + ".SearcherLease", Namespace("Storage") + ".IndexSchema", Namespace("Storage") + ".GenerationStore", Namespace("Indexing") + ".Reindexer")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{project} reaches past the front door: {Names(result)}");
    }

    [Fact]
    public void No_public_member_of_the_core_carries_a_lucene_type()
    {
        var lucene = typeof(Lucene.Net.Index.IndexReader).Assembly;
        var exposed = typeof(SearchEngine).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(SignatureTypes)
                .Append(type.BaseType)
                .OfType<Type>()
                .Where(t => t.Assembly.GetName().Name!.StartsWith("Lucene.Net", StringComparison.Ordinal))
                .Select(t => $"{type.Name}: {t.Name}"))
            .Distinct()
            .ToList();

        Assert.True(exposed.Count == 0, $"Lucene in the public surface: {string.Join(", ", exposed)} ({lucene.GetName().Name})");
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        EventInfo @event => [@event.EventHandlerType!],
        _ => [],
    };

    private static string Namespace(string layer) => $"{Core}.{layer}";

    private static string Names(TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);
}
