using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// The phrases worth suggesting while someone types: every run of one to <see cref="SiteAnalyzers.MaxPhraseWords"/>
/// words that neither starts nor ends with a stop word, a number or a word under three letters ("hope for
/// recovery" yes, "hope for" no), nor ends with a question word. The texts are short (titles, headings,
/// labels), so their words are read once and joined here: Lucene's ShingleFilter cloned every token's attributes,
/// a sixth of the indexing time.
/// </summary>
internal sealed class PhraseShingleFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<(string Text, int Start, int End)> _words = [];
    private int _first;
    private int _length;
    private bool _read;

    public PhraseShingleFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!_read)
        {
            ReadWords();
        }

        while (_first < _words.Count)
        {
            var length = ++_length;
            var first = _first;
            if (length > SiteAnalyzers.MaxPhraseWords || first + length > _words.Count)
            {
                (_first, _length) = (first + 1, 0);
                continue;
            }

            var last = first + length - 1;
            // A phrase may start with a question word ("how to pay") but not end with one: "insurance department
            // can" and "how to get" are half a sentence, not something to search.
            if (!IsEdgeWord(_words[first].Text) || !IsEdgeWord(_words[last].Text) || (length > 1 && SiteAnalyzers.QuestionWords.Contains(_words[last].Text)))
            {
                continue;
            }

            ClearAttributes();
            _term.SetEmpty();
            for (var i = first; i <= last; i++)
            {
                if (i > first)
                {
                    _term.Append(' ');
                }

                _term.Append(_words[i].Text);
            }

            _offset.SetOffset(_words[first].Start, _words[last].End);
            _increment.PositionIncrement = length == 1 ? 1 : 0;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _words.Clear();
        (_first, _length, _read) = (0, 0, false);
    }

    private void ReadWords()
    {
        _read = true;
        while (m_input.IncrementToken())
        {
            _words.Add((_term.ToString(), _offset.StartOffset, _offset.EndOffset));
        }
    }

    /// <summary>Whether a phrase may start or end with the word; the digits' check reads the characters in place (enumerating them boxed an enumerator per word indexed).</summary>
    private static bool IsEdgeWord(string word) =>
        word.Length >= 3 && !SiteAnalyzers.StopWords.Contains(word) && word.AsSpan().ContainsAnyExceptInRange('0', '9');
}
