using HarrisHouse.Search.Semantic;

namespace HarrisHouse.Search.Tests.Semantic;

public sealed class LruCacheTests
{
    [Fact]
    public void A_full_cache_forgets_the_entry_used_longest_ago()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);
        cache.Add("b", 2);
        Assert.True(cache.TryGet("a", out _));

        cache.Add("c", 3);

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_cache_of_no_capacity_remembers_nothing()
    {
        var cache = new LruCache<string, int>(0);
        cache.Add("a", 1);

        Assert.False(cache.TryGet("a", out _));
    }
}
