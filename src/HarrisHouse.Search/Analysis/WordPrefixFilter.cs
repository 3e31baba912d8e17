using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Every prefix of every word, from one character to <see cref="SiteAnalyzers.MaxPrefixLength"/> ("opi", "opio"...),
/// each at the word's position and offsets. The term is cut shorter in place: Lucene's EdgeNGramTokenFilter
/// captured and restored every attribute for each prefix, a fifth of the indexing time.
/// </summary>
internal sealed class WordPrefixFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private char[] _word = new char[SiteAnalyzers.MaxPrefixLength];
    private int _wordLength;
    private int _emitted;

    public WordPrefixFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_emitted < _wordLength)
        {
            // The next, longer prefix of the same word: only the term and the position change.
            _emitted = NextLength(_emitted);
            _term.CopyBuffer(_word, 0, _emitted);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        _wordLength = Math.Min(_term.Length, SiteAnalyzers.MaxPrefixLength);
        if (char.IsHighSurrogate(_term.Buffer[_wordLength - 1]) && _wordLength < _term.Length)
        {
            _wordLength--;
        }

        if (_word.Length < _wordLength)
        {
            _word = new char[_wordLength];
        }

        Array.Copy(_term.Buffer, _word, _wordLength);
        _emitted = NextLength(0);
        _term.SetLength(_emitted);
        return true;
    }

    /// <summary>The next prefix length after <paramref name="length"/> that does not split a surrogate pair.</summary>
    private int NextLength(int length)
    {
        var next = length + 1;
        return next < _wordLength && char.IsHighSurrogate(_word[next - 1]) ? next + 1 : next;
    }

    public override void Reset()
    {
        base.Reset();
        (_wordLength, _emitted) = (0, 0);
    }
}
