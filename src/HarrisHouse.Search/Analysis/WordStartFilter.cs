using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Each word, then its starts of one letter up to <see cref="SiteAnalyzers.LongestWordStart"/> ("opioids", "o", "op")
/// at the word's position, so that the field's length stays its number of words. A word's first keystrokes then
/// match in one term: on a large site "o" starts dozens of title words, and walking all their postings took twice as
/// long as one list. Longer starts are expanded into the few words they start
/// (<see cref="Searching.Suggestions.TitleWordQuery"/>).
/// </summary>
internal sealed class WordStartFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly char[] _word = new char[SiteAnalyzers.LongestWordStart];
    private int _longestStart;
    private int _emitted;

    public WordStartFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_emitted < _longestStart)
        {
            _emitted++;

            // A start never ends inside a surrogate pair.
            if (!char.IsHighSurrogate(_word[_emitted - 1]))
            {
                _term.CopyBuffer(_word, 0, _emitted);
                _increment.PositionIncrement = 0;
                return true;
            }
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        // The whole word as it came; its starts (shorter than the word itself) follow.
        _longestStart = Math.Min(_term.Length - 1, SiteAnalyzers.LongestWordStart);
        Array.Copy(_term.Buffer, _word, Math.Max(_longestStart, 0));
        _emitted = 0;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        (_longestStart, _emitted) = (0, 0);
    }
}
