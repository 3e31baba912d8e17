using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>A term of the index close to a typed word: how similar it is, and how many items use it.</summary>
internal readonly record struct CloseTerm(string Term, float Similarity, int DocFreq);

/// <summary>
/// The index's terms within a few edits of a word. Building a two-edit Levenshtein automaton for a long word
/// costs tens of milliseconds in Lucene.Net, so each word is expanded once per reader and the result cached,
/// and the query is built from plain term queries rather than one fuzzy query per field.
/// </summary>
internal static class TypoExpansion
{
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, string Word, int Edits), CloseTerm[]>> Cache = [];

    private const int MaxCachedWordsPerReader = 10_000;

    /// <summary>Terms of <paramref name="field"/> within <paramref name="edits"/> edits of <paramref name="word"/>, most similar first.</summary>
    public static IReadOnlyList<CloseTerm> Closest(IndexReader reader, string field, string word, int edits)
    {
        var cache = Cache.GetValue(reader, _ => new ConcurrentDictionary<(string, string, int), CloseTerm[]>());
        if (cache.TryGetValue((field, word, edits), out var cached))
        {
            return cached;
        }

        var found = Enumerate(reader, field, word, edits);
        if (cache.Count < MaxCachedWordsPerReader)
        {
            cache[(field, word, edits)] = found;
        }

        return found;
    }

    private static CloseTerm[] Enumerate(IndexReader reader, string field, string word, int edits)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }

        var attributes = new AttributeSource();
        var boost = attributes.AddAttribute<IBoostAttribute>();
        var fuzzy = new FuzzyTermsEnum(terms, attributes, new Term(field, word), edits, prefixLength: 1, transpositions: true);
        var found = new List<CloseTerm>();
        while (fuzzy.MoveNext())
        {
            found.Add(new CloseTerm(fuzzy.Term.Utf8ToString(), boost.Boost, fuzzy.DocFreq));
        }

        return [.. found.OrderByDescending(t => t.Similarity).ThenByDescending(t => t.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal)];
    }
}
