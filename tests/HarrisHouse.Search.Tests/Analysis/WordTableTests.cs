using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Tests.Analysis;

public sealed class WordTableTests
{
    [Fact]
    public void Each_word_finds_its_own_value_after_the_table_grows_and_a_word_never_added_finds_nothing()
    {
        var table = new WordTable<int>();
        var words = Enumerable.Range(0, 5_000).Select(i => $"word{i}").ToList();
        for (var i = 0; i < words.Count; i++)
        {
            table.Add(words[i], i);
        }

        Assert.Equal(words.Count, table.Count);
        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(table.TryFind(words[i].AsSpan(), out var value), words[i]);
            Assert.Equal(i, value);
        }

        Assert.False(table.TryFind("word5000", out _));
        Assert.False(table.TryFind("word1".AsSpan(0, 4), out _));
        Assert.False(table.TryFind([], out _));
    }

    [Fact]
    public void Words_with_the_same_hash_are_told_apart_by_their_characters()
    {
        // "Aa" and "BB" hash alike under a multiplier of 31 ('A' * 31 + 'a' == 'B' * 31 + 'B'), and so do their joins.
        var table = new WordTable<string>();
        string[] words = ["Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"];
        foreach (var word in words)
        {
            table.Add(word, word.ToUpperInvariant());
        }

        foreach (var word in words)
        {
            Assert.True(table.TryFind(word.ToCharArray(), out var value));
            Assert.Equal(word.ToUpperInvariant(), value);
        }

        Assert.False(table.TryFind("AB", out _));
    }
}
