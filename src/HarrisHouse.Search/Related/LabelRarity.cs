using HarrisHouse.Search.Storage;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Related;

/// <summary>
/// Weighs shared categories and tags by how rare they are: sharing "kratom" says far more than sharing
/// "addiction" or "treatment", which half the site carries.
/// </summary>
internal sealed class LabelRarity(IndexReader reader)
{
    private readonly Dictionary<(string Field, string Label), double> _weights = [];

    /// <summary>Weighted Dice overlap: twice the weight shared over the weight of both label sets.</summary>
    public double Overlap(string field, IReadOnlyList<string> shared, IReadOnlyList<string> mine, IReadOnlyList<string> theirs)
    {
        if (shared.Count == 0)
        {
            return 0;
        }

        var total = mine.Sum(l => Weight(field, l)) + theirs.Sum(l => Weight(field, l));
        return total == 0 ? 0 : 2 * shared.Sum(l => Weight(field, l)) / total;
    }

    private double Weight(string field, string label)
    {
        var key = (field, field == IndexSchema.Tag ? label.ToLowerInvariant() : label);
        if (!_weights.TryGetValue(key, out var weight))
        {
            var frequency = reader.DocFreq(new Term(key.Item1, key.Item2));
            weight = Math.Log(1 + (reader.NumDocs / (double)Math.Max(1, frequency)));
            _weights[key] = weight;
        }

        return weight;
    }
}
