using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Adds one term for each multi-word synonym found in the text ("withdrawal management"), its words joined by
/// <see cref="Separator"/>, stacked on the phrase's last word (position increment 0, so field lengths and every
/// other term's position stay as they were). A query then finds the phrase with one term lookup where a phrase
/// query intersects two postings lists and reads their positions: at 100k pages that was half of a one-word
/// search whose synonyms include a phrase.
/// </summary>
internal sealed class SynonymPhraseFilter : TokenFilter
{
    /// <summary>Joins a phrase's words in its term: no tokenizer ever leaves a space inside a word.</summary>
    public const char Separator = ' ';

    private readonly IReadOnlySet<string> _phrases;
    private readonly CharArraySet _leading;
    private readonly CharArraySet _final;
    private readonly int _maxWords;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;

    /// <summary>The last words in a row, null where a word begins no phrase (most do: reading them as strings would cost).</summary>
    private readonly List<string?> _recent = [];
    private readonly Queue<string> _pending = new();

    /// <param name="phrases">The phrases to join, each as its analysed words joined by <see cref="Separator"/>.</param>
    public SynonymPhraseFilter(TokenStream input, IReadOnlySet<string> phrases)
        : base(input)
    {
        _phrases = phrases;
        var words = phrases.Select(p => p.Split(Separator)).ToList();
        _maxWords = words.Count == 0 ? 0 : words.Max(w => w.Length);
        _leading = new CharArraySet(SiteAnalyzers.Version, words.SelectMany(w => w.SkipLast(1)).ToList(), ignoreCase: false);
        _final = new CharArraySet(SiteAnalyzers.Version, words.Select(w => w[^1]).ToList(), ignoreCase: false);
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The form a phrase of analysed words is indexed as.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(Separator, words);

    public override bool IncrementToken()
    {
        if (_pending.TryDequeue(out var phrase))
        {
            // The word's offsets and type stay: only the term and the position change.
            _term.SetEmpty().Append(phrase);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        // A phrase is words in a row: a dropped stop word between two words leaves a gap, and breaks it.
        if (_increment.PositionIncrement != 1)
        {
            _recent.Clear();
        }

        if (_increment.PositionIncrement > 0)
        {
            var ends = _final.Contains(_term.Buffer, 0, _term.Length);
            _recent.Add(ends || _leading.Contains(_term.Buffer, 0, _term.Length) ? _term.ToString() : null);
            if (_recent.Count > _maxWords)
            {
                _recent.RemoveAt(0);
            }

            for (var start = _recent.Count - 2; ends && start >= 0 && _recent[start] is not null; start--)
            {
                var joined = Join(_recent.Skip(start)!);
                if (_phrases.Contains(joined))
                {
                    _pending.Enqueue(joined);
                }
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _recent.Clear();
        _pending.Clear();
    }
}
