using HarrisHouse.Search.Analysis;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// The numbers of a word list's pieces, looked up by the characters of a text without making a string of them
/// (<see cref="WordTable{TValue}"/>): NFCorpus's texts are coded in about 30 ms, against 51 ms through a Dictionary's
/// randomised string hash.
/// </summary>
internal sealed class PieceNumbers
{
    private readonly List<string> _pieces;
    private readonly WordTable<int> _numbers;

    /// <param name="pieces">The list, numbered from 1 in its order; kept, and added to by <see cref="Add"/>.</param>
    public PieceNumbers(List<string> pieces)
    {
        _pieces = pieces;
        _numbers = new WordTable<int>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            _numbers.Add(pieces[i], i + 1);
        }
    }

    public int Count => _pieces.Count;

    public string this[int number] => _pieces[number - 1];

    /// <summary>The piece's number, or 0 when it is not on the list.</summary>
    public int Find(ReadOnlySpan<char> piece) => _numbers.TryFind(piece, out var number) ? number : 0;

    /// <summary>Puts a piece not on the list at its end, and returns its number.</summary>
    public int Add(ReadOnlySpan<char> piece)
    {
        var text = piece.ToString();
        _pieces.Add(text);
        _numbers.Add(text, _pieces.Count);
        return _pieces.Count;
    }
}
