using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Each term of one query looked up in the index once, for both what the builder asks (how many items hold a
/// word) and what the search needs (where its postings start). Lucene looks a term up again for every question
/// and again when it weighs each term query, and each lookup makes a new terms enumerator (a cloned file handle
/// and a walk of the terms index grown from nothing): a word of a long question was looked up six times, which
/// was a third of an NFCorpus query. Here one enumerator per segment and field is reused, and the term queries
/// carry their lookup (<see cref="TermQuery(Term, TermContext)"/>), which Lucene uses as long as the query runs
/// on this reader. One lookup serves one query build on one thread.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<(string Field, string Text), TermContext> _found = [];
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enumerators = [];

    public IndexReader Reader => reader;

    /// <summary>How many items hold the term, deleted ones included, as <see cref="IndexReader.DocFreq"/> counts.</summary>
    public int DocFreq(string field, string text) => Context(field, text).DocFreq;

    /// <summary>A term query that needs no second lookup when it is weighed on this reader, and bounds its scores.</summary>
    public TermQuery Query(string field, string text) => new BoundedTermQuery(new Term(field, text), Context(field, text));

    private TermContext Context(string field, string text)
    {
        if (_found.TryGetValue((field, text), out var known))
        {
            return known;
        }

        var context = new TermContext(reader.Context);
        var bytes = new BytesRef(text);
        var leaves = reader.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            if (Enumerator(leaf, field) is { } terms && terms.SeekExact(bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        _found[(field, text)] = context;
        return context;
    }

    private TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        if (!_enumerators.TryGetValue((leaf.Ord, field), out var terms))
        {
            terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            _enumerators[(leaf.Ord, field)] = terms;
        }

        return terms;
    }
}
