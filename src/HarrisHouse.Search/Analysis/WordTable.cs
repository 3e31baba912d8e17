namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Words to values, looked up by a span of characters without making a string of it: open addressing, each slot
/// holding its word, the word's hash and its value, so a probe compares characters only when the hashes agree. Used
/// where a build looks up every word of every page (the remembered stems, the stored text's word list), where
/// Lucene's CharArrayDictionary and a Dictionary's randomised string hash cost more (load-tests/README, stops 62 and
/// 64). The words come from the site's own pages, not from the people searching, so an unrandomised hash is safe.
/// Only added to; not safe for a writer and readers at once.
/// </summary>
internal sealed class WordTable<TValue>
{
    private string?[] _words;
    private int[] _hashes;
    private TValue[] _values;

    /// <param name="expected">How many words it is likely to hold: it starts with room for them.</param>
    public WordTable(int expected = 0)
    {
        var capacity = 1024;
        while (capacity < expected * 2)
        {
            capacity *= 2;
        }

        (_words, _hashes, _values) = (new string?[capacity], new int[capacity], new TValue[capacity]);
    }

    public int Count { get; private set; }

    public bool TryFind(ReadOnlySpan<char> word, out TValue value)
    {
        var hash = Hash(word);
        var mask = _words.Length - 1;
        for (var slot = hash & mask; _words[slot] is { } held; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && word.SequenceEqual(held))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds a word the table does not hold (the caller has looked).</summary>
    public void Add(string word, TValue value)
    {
        // At most half full, so a search for a word not held ends at an empty slot soon.
        if ((Count + 1) * 2 > _words.Length)
        {
            Grow();
        }

        Place(word, Hash(word), value);
        Count++;
    }

    private void Place(string word, int hash, TValue value)
    {
        var mask = _words.Length - 1;
        var slot = hash & mask;
        while (_words[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _words[slot] = word;
        _hashes[slot] = hash;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (words, hashes, values) = (_words, _hashes, _values);
        _words = new string?[words.Length * 2];
        _hashes = new int[words.Length * 2];
        _values = new TValue[words.Length * 2];
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is { } word)
            {
                Place(word, hashes[i], values[i]);
            }
        }
    }

    /// <summary>A plain multiplicative hash: words are short.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 0;
        foreach (var c in word)
        {
            hash = (hash * 31) + c;
        }

        return hash & int.MaxValue;
    }
}
