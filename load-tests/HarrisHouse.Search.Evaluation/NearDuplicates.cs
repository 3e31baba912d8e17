using System.Numerics.Tensors;

namespace HarrisHouse.Search.Evaluation;

/// <summary>
/// Searches that say the same thing in other words ("i want to die", "i wanna die"), found by their embeddings and
/// linked transitively, so that cross-validation keeps each group in one fold. The labelled sets were written by
/// several hands from one policy, and a paraphrase left in another fold lets the weights be scored on a search they
/// have all but seen: such an estimate favours the weights that remember most.
/// </summary>
internal static class NearDuplicates
{
    /// <summary>For each row, the index of the first row of its group.</summary>
    /// <param name="features">Each row's features; the first <paramref name="dimensions"/> are its unit-length embedding.</param>
    public static int[] Groups(IReadOnlyList<double[]> features, int dimensions, float similarity)
    {
        var parent = Enumerable.Range(0, features.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                (parent[i], i) = (parent[parent[i]], parent[parent[i]]);
            }

            return i;
        }

        for (var i = 0; i < features.Count; i++)
        {
            for (var j = i + 1; j < features.Count; j++)
            {
                if (TensorPrimitives.Dot(features[i].AsSpan(0, dimensions), features[j].AsSpan(0, dimensions)) >= similarity)
                {
                    var (a, b) = (Root(i), Root(j));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        return [.. Enumerable.Range(0, features.Count).Select(Root)];
    }
}
