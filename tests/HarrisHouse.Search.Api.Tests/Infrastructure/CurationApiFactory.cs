using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>The admin API over copies of the synonyms and crisis phrases (the tests rewrite them), with its first key named.</summary>
public sealed class CurationApiFactory : AdminApiFactory
{
    public const string KeyName = "web team";

    public CurationApiFactory()
    {
        File.Copy(RepositoryPaths.Synonyms, SynonymsPath);
        File.Copy(RepositoryPaths.CrisisPhrases, CrisisPhrasesPath);
    }

    public string SynonymsPath => Directory.Combine("synonyms.txt");

    public string CrisisPhrasesPath => Directory.Combine("crisis-phrases.txt");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Admin:KeyNames:0", KeyName),
        new("Search:SynonymsPath", SynonymsPath),
        new("Search:CrisisPhrasesPath", CrisisPhrasesPath),
    ];
}
