using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Scorers asked, in rising document order, whether they are on a document: each is moved forward to it only when
/// behind, and remembers where it stopped (a scorer never moves back).
/// </summary>
internal sealed class ForwardScorers(Scorer[] scorers)
{
    private readonly int[] _at = [.. scorers.Select(_ => -1)];

    /// <summary>Whether scorer <paramref name="i"/> is on <paramref name="doc"/>.</summary>
    public bool Has(int i, int doc)
    {
        if (_at[i] < doc)
        {
            _at[i] = scorers[i].Advance(doc);
        }

        return _at[i] == doc;
    }

    /// <summary>Whether any of the scorers is on <paramref name="doc"/>.</summary>
    public bool Any(int doc)
    {
        for (var i = 0; i < scorers.Length; i++)
        {
            if (Has(i, doc))
            {
                return true;
            }
        }

        return false;
    }
}
