using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Keeps only the phrases whose <see cref="PhraseHash"/> is in a set. Hashes, not strings: counting the phrases of
/// 100,000 pages as strings cost as much time as leaving the rare ones out saved.
/// </summary>
internal sealed class KeptPhraseFilter(TokenStream input, IReadOnlySet<long> kept) : FilteringTokenFilter(SiteAnalyzers.Version, input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    protected override bool Accept() => kept.Contains(PhraseHash.Of(_term.Buffer.AsSpan(0, _term.Length)));
}

/// <summary>
/// A 64-bit hash (FNV-1a) of a phrase's characters. Two phrases sharing a hash can only keep a rare phrase in the
/// index (which suggestions then skip by its count), never leave out a frequent one.
/// </summary>
internal static class PhraseHash
{
    public static long Of(ReadOnlySpan<char> phrase)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in phrase)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
