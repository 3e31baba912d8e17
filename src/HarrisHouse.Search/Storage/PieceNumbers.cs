namespace HarrisHouse.Search.Storage;

/// <summary>
/// The numbers of a word list's pieces, looked up by the characters of a text without making a string of them: an
/// open-addressed table with a multiplicative hash: NFCorpus's texts are coded in 30-34 ms, against 51 ms through a
/// Dictionary's randomised string hash. The pieces come from the site's own pages, not from the people searching,
/// so an unrandomised hash is safe here.
/// </summary>
internal sealed class PieceNumbers
{
    private readonly List<string> _pieces;
    private int[] _slots;
    private int _mask;

    /// <param name="pieces">The list, numbered from 1 in its order; kept, and added to by <see cref="Add"/>.</param>
    public PieceNumbers(List<string> pieces)
    {
        _pieces = pieces;
        var capacity = 1024;
        while (capacity < pieces.Count * 2)
        {
            capacity *= 2;
        }

        PlaceAll(capacity);
    }

    public int Count => _pieces.Count;

    public string this[int number] => _pieces[number - 1];

    /// <summary>The piece's number, or 0 when it is not on the list.</summary>
    public int Find(ReadOnlySpan<char> piece)
    {
        for (var slot = Hash(piece) & _mask; ; slot = (slot + 1) & _mask)
        {
            var number = _slots[slot];
            if (number == 0 || piece.SequenceEqual(_pieces[number - 1]))
            {
                return number;
            }
        }
    }

    /// <summary>Puts a piece not on the list at its end, and returns its number.</summary>
    public int Add(ReadOnlySpan<char> piece)
    {
        _pieces.Add(piece.ToString());
        if (_pieces.Count * 2 > _slots.Length)
        {
            PlaceAll(_slots.Length * 2);
        }
        else
        {
            Place(piece, _pieces.Count);
        }

        return _pieces.Count;
    }

    /// <summary>A new table of <paramref name="capacity"/> slots (a power of two), holding every piece of the list.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_slots))]
    private void PlaceAll(int capacity)
    {
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < _pieces.Count; i++)
        {
            Place(_pieces[i].AsSpan(), i + 1);
        }
    }

    private void Place(ReadOnlySpan<char> piece, int number)
    {
        var slot = Hash(piece) & _mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = number;
    }

    private static int Hash(ReadOnlySpan<char> piece)
    {
        var hash = (uint)piece.Length;
        foreach (var c in piece)
        {
            hash = (hash ^ c) * 0x9E3779B1u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
