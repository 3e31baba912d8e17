using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Adds one term for each multi-word synonym found in the text ("withdrawal management"), its words joined by
/// <see cref="Separator"/>, stacked on the phrase's last word (position increment 0, so field lengths and every
/// other term's position stay as they were). A query then finds the phrase with one term lookup where a phrase
/// query intersects two postings lists and reads their positions: at 100k pages that was half of a one-word
/// search whose synonyms include a phrase. A token costs one lookup of its characters and, on a phrase's last word,
/// a lookup per phrase length: no string is made, since the site's phrases end in its most common words.
/// </summary>
internal sealed class SynonymPhraseFilter : TokenFilter
{
    /// <summary>Joins a phrase's words in its term: no tokenizer ever leaves a space inside a word.</summary>
    public const char Separator = ' ';

    /// <summary>Phrases of up to this many words are joined: each word's number takes 16 bits of a phrase's key.</summary>
    public const int MaxWords = 4;

    private const int BitsPerWord = 16;

    private readonly CharArrayDictionary<int> _wordNumbers;
    private readonly Dictionary<long, string> _phrasesByKey = [];
    private readonly HashSet<int> _finalWords = [];
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;

    /// <summary>The numbers of the last words in a row, oldest first (0 for a word in no phrase).</summary>
    private readonly int[] _recent = new int[MaxWords];
    private int _recentCount;
    private readonly Queue<string> _pending = new();

    /// <param name="phrases">The phrases to join, each as its analysed words joined by <see cref="Separator"/>.</param>
    public SynonymPhraseFilter(TokenStream input, IReadOnlySet<string> phrases)
        : base(input)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(Separator);
            if (words.Length is < 2 or > MaxWords || numbers.Count + words.Length >= (1 << BitsPerWord))
            {
                continue;
            }

            var key = 0L;
            foreach (var word in words)
            {
                if (!numbers.TryGetValue(word, out var number))
                {
                    numbers[word] = number = numbers.Count + 1;
                }

                key = (key << BitsPerWord) | (long)number;
            }

            _phrasesByKey[key] = phrase;
            _finalWords.Add(numbers[words[^1]]);
        }

        _wordNumbers = new CharArrayDictionary<int>(SiteAnalyzers.Version, numbers, ignoreCase: false);
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
            _recentCount = 0;
        }

        if (_increment.PositionIncrement > 0)
        {
            var number = _wordNumbers.TryGetValue(_term.Buffer, 0, _term.Length, out var found) ? found : 0;
            Remember(number);
            if (_finalWords.Contains(number))
            {
                QueuePhrasesEndingHere();
            }
        }

        return true;
    }

    private void Remember(int number)
    {
        if (_recentCount == MaxWords)
        {
            Array.Copy(_recent, 1, _recent, 0, MaxWords - 1);
            _recentCount--;
        }

        _recent[_recentCount++] = number;
    }

    /// <summary>Queues every phrase whose words are the last two, three... words read.</summary>
    private void QueuePhrasesEndingHere()
    {
        var key = (long)_recent[_recentCount - 1];
        for (var start = _recentCount - 2; start >= 0 && _recent[start] != 0; start--)
        {
            key |= (long)_recent[start] << (BitsPerWord * (_recentCount - 1 - start));
            if (_phrasesByKey.TryGetValue(key, out var phrase))
            {
                _pending.Enqueue(phrase);
            }
        }
    }

    public override void Reset()
    {
        base.Reset();
        _recentCount = 0;
        _pending.Clear();
    }
}
