using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// A <see cref="WindowScorer"/>'s optional phrases of known bound (the boost for the words found close together),
/// worked out only on the documents scored. Filling a window, a phrase's scorer checked the positions of every
/// document holding its words: a third of a two-word search at 100k items, for a boost most of those documents
/// could not use. Until it is worked out, a document's bound counts the phrase's wherever the document holds every
/// word of it (as the search's terms say).
/// </summary>
internal sealed class DeferredLeaves
{
    private readonly int[] _leaves;
    private readonly Scorer[] _scorers;

    /// <summary>Per phrase, per word of it: the terms that are that word, one of which a document must hold; null when not known.</summary>
    private readonly UInt128[]?[] _needs;
    private readonly ForwardScorers _at;

    private DeferredLeaves(int[] leaves, Scorer[] scorers, UInt128[]?[] needs)
    {
        _leaves = leaves;
        _scorers = scorers;
        _needs = needs;
        _at = new ForwardScorers(scorers);
    }

    public bool IsEmpty => _leaves.Length == 0;

    /// <summary>The leaves that are phrases of known bound outside the required clause, with the terms that say where they can match.</summary>
    public static DeferredLeaves Of(WindowLeaf[] leaves, ScoreNode required)
    {
        var deferred = Enumerable.Range(0, leaves.Length)
            .Where(l => leaves[l].Other is not null && float.IsFinite(leaves[l].Weight) && !required.Has(l))
            .ToArray();
        var needs = deferred.Select(d => Needs(leaves, leaves[d])).ToArray();
        return new DeferredLeaves(deferred, [.. deferred.Select(d => leaves[d].Other!)], needs);
    }

    public bool Contains(int leaf) => Array.IndexOf(_leaves, leaf) >= 0;

    /// <summary>The sum of the bounds (<paramref name="leafBounds"/>) of the phrases a document with <paramref name="marks"/> may match.</summary>
    public float Bound(UInt128 marks, float[] leafBounds)
    {
        var bound = 0f;
        for (var i = 0; i < _leaves.Length; i++)
        {
            bound += Possible(i, marks) ? leafBounds[_leaves[i]] : 0f;
        }

        return bound;
    }

    /// <summary>
    /// <paramref name="marks"/> with the phrases found on <paramref name="doc"/>, their scores stored in
    /// <paramref name="values"/> (per leaf, <paramref name="window"/> slots each).
    /// </summary>
    public UInt128 Resolve(int doc, UInt128 marks, float[] values, int slot, int window)
    {
        for (var i = 0; i < _leaves.Length; i++)
        {
            if (Possible(i, marks) && _at.Has(i, doc))
            {
                var leaf = _leaves[i];
                marks |= UInt128.One << leaf;
                values[(leaf * window) + slot] = _scorers[i].GetScore();
            }
        }

        return marks;
    }

    private bool Possible(int phrase, UInt128 marks)
    {
        if (_needs[phrase] is not { } needs)
        {
            return true;
        }

        foreach (var word in needs)
        {
            if ((word & marks) == UInt128.Zero)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per word of <paramref name="phrase"/>, the term leaves that are it; null when a word has none among them.</summary>
    private static UInt128[]? Needs(WindowLeaf[] leaves, WindowLeaf phrase)
    {
        if (phrase.Terms.Length == 0)
        {
            return null;
        }

        var needs = new UInt128[phrase.Terms.Length];
        for (var w = 0; w < needs.Length; w++)
        {
            for (var l = 0; l < leaves.Length; l++)
            {
                if (leaves[l].Term is not null && leaves[l].Terms[0].Equals(phrase.Terms[w]))
                {
                    needs[w] |= UInt128.One << l;
                }
            }

            if (needs[w] == UInt128.Zero)
            {
                return null;
            }
        }

        return needs;
    }
}
