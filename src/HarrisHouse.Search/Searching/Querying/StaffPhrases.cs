using System.Runtime.CompilerServices;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// The items whose staff search phrase (<c>search_phrases</c>) a search holds whole: "talk to someone now about my
/// drinking" holds the contact page's "talk to someone now". The staff wrote the phrase to say which page answers
/// it, yet scored word by word the rest of the search ("drinking") outweighs it. A phrase counts when its words, as
/// the index holds them (<see cref="LexicalQueryBuilder.Terms"/>: stemmed, less stop words), are at least
/// <see cref="MinTerms"/> and run together in the search. Question words count: they are what tells "can't stop
/// drinking" from "since i stopped drinking".
/// </summary>
internal sealed class StaffPhrases(Func<string, IReadOnlyList<string>> termsOf)
{
    /// <summary>One word alone ("detox") is what the words and the model already rank by; two say what is asked.</summary>
    public const int MinTerms = 2;

    // Read once per segment, which a refresh keeps: a few pages have phrases, so this is a small map.
    private readonly ConditionalWeakTable<object, Dictionary<string, int[]>> _bySegment = [];

    /// <summary>The live documents holding a phrase the search's words contain, those of the longest phrase first.</summary>
    public IReadOnlyList<int> Within(IndexReader reader, string words)
    {
        var found = new List<int>();
        var segments = reader.Leaves
            .Select(leaf => (Leaf: leaf, Phrases: PhrasesOf(leaf.AtomicReader)))
            .Where(s => s.Phrases.Count > 0)
            .ToList();
        // An index without phrases (a large corpus, most sites' posts) costs the search no analysis.
        var terms = segments.Count == 0 ? [] : termsOf(words);
        for (var length = terms.Count; length >= MinTerms; length--)
        {
            for (var start = 0; start + length <= terms.Count; start++)
            {
                var key = string.Join(' ', terms.Skip(start).Take(length));
                foreach (var (leaf, phrases) in segments)
                {
                    if (phrases.TryGetValue(key, out var docs))
                    {
                        var live = leaf.AtomicReader.LiveDocs;
                        foreach (var doc in docs.Where(d => (live is null || live.Get(d)) && !found.Contains(leaf.DocBase + d)))
                        {
                            found.Add(leaf.DocBase + doc);
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Reads every segment's phrases now (before the reader is served), not on the first search that asks.</summary>
    public void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            PhrasesOf(leaf.AtomicReader);
        }
    }

    private Dictionary<string, int[]> PhrasesOf(AtomicReader segment) => _bySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private Dictionary<string, int[]> Read(AtomicReader segment)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var doc in DocsWithPhrases(segment))
        {
            foreach (var phrase in segment.Document(doc, PhrasesOnly).GetValues(IndexSchema.SearchPhrases))
            {
                var terms = termsOf(phrase);
                if (terms.Count >= MinTerms)
                {
                    var key = string.Join(' ', terms);
                    if (!byKey.TryGetValue(key, out var docs))
                    {
                        byKey[key] = docs = [];
                    }

                    docs.Add(doc);
                }
            }
        }

        return byKey.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    private static SortedSet<int> DocsWithPhrases(AtomicReader segment)
    {
        var docs = new SortedSet<int>();
        var terms = segment.GetTerms(IndexSchema.SearchPhrases)?.GetEnumerator();
        DocsEnum? postings = null;
        while (terms is not null && terms.MoveNext())
        {
            postings = terms.Docs(null, postings, DocsFlags.NONE);
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Add(postings.DocID);
            }
        }

        return docs;
    }

    private static readonly ISet<string> PhrasesOnly = new HashSet<string>(StringComparer.Ordinal) { IndexSchema.SearchPhrases };
}
