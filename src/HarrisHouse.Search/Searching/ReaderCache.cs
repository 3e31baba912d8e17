using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Searching;

/// <summary>
/// Answers remembered per point-in-time view of the index: a refresh or a generation switch brings a new
/// reader and so an empty cache, and the old one goes with its reader. Site searches follow a Zipf curve
/// (a few queries are most of the traffic), so the common answers are computed once per change.
/// A capacity of zero turns the cache off (to measure the engine itself).
/// </summary>
internal sealed class ReaderCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<TKey, TValue>> _caches = [];

    public TValue GetOrAdd(IndexReader reader, TKey key, Func<TKey, TValue> compute)
    {
        if (capacity <= 0)
        {
            return compute(key);
        }

        var cache = _caches.GetValue(reader, _ => new ConcurrentDictionary<TKey, TValue>());
        if (cache.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        if (cache.Count >= capacity)
        {
            // Simple and bounded: a full cache starts over rather than tracking recency on every hit.
            cache.Clear();
        }

        cache[key] = value;
        return value;
    }
}
