namespace HarrisHouse.Search.LoadTests.Workload;

/// <summary>Picks items in proportion to their weights.</summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        _items = list.Select(w => w.Item).ToArray();
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }

        if (_items.Length == 0)
        {
            throw new ArgumentException("nothing to choose from", nameof(weighted));
        }
    }

    public int Count => _items.Length;

    public T Next(Random random)
    {
        var point = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, point);
        return _items[index < 0 ? ~index : index];
    }
}
