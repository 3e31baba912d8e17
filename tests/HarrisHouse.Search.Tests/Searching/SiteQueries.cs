using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Testing;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>The Lucene query the service builds for a search, with the default ranking and the repository's synonyms.</summary>
internal static class SiteQueries
{
    public static string Built(string search, IndexReader reader) => Query(search, reader).ToString();

    public static Lucene.Net.Search.Query Query(string search, IndexReader reader)
    {
        var analyzer = SiteAnalyzers.Text(Stemmer.KStem);
        var builder = new LexicalQueryBuilder(new RankingSettings(), analyzer, SynonymSource.FromFile(RepositoryPaths.Synonyms, analyzer));
        return builder.Build(UserQueryParser.Parse(search), reader).Query;
    }
}
