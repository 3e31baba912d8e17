using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// KStem, with the plurals it leaves whole (<see cref="KStemPlurals"/>), remembered word by word: each word is
/// stemmed once per stream and its stem copied back every time it comes again. Stemming a word is an FST walk for the
/// plurals and a dictionary lookup for KStem, and it was two fifths of indexing a page (NFCorpus's title and text on
/// one thread: 6,700 docs/s, 9,700 without the plurals' walk, 9,400 remembered), while the words of a site repeat.
/// The stems, and so the index, are the same.
/// </summary>
/// <remarks>
/// One per analysis stream, so per thread and field (Lucene reuses a stream on the thread that made it): no lock. A
/// stream remembers at most <see cref="MaxWords"/> words (about 3 MB), the first it meets, which on text are mostly
/// the frequent ones; past that it stems each new word as it comes. Only a generation's build remembers
/// (<see cref="SiteAnalyzers.Text"/>): its analyzer, and the memory, go with the build.
/// </remarks>
internal sealed class RememberedStemFilter : TokenFilter
{
    public const int MaxWords = 20_000;

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly WordTable<Stem> _stems = new();
    private readonly OneWord _word = new();
    private readonly TokenStream _stemming;
    private readonly ICharTermAttribute _stemmed;
    private readonly IKeywordAttribute _stemmedKeyword;

    public RememberedStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _stemming = KStemPlurals.ThenKStem(_word);
        _stemmed = _word.Term;
        _stemmedKeyword = _word.Keyword;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Both stemmers leave a word marked as a keyword alone.
        if (_keyword.IsKeyword)
        {
            return true;
        }

        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (!_stems.TryFind(word, out var stem))
        {
            stem = StemOf(_term.Buffer, _term.Length);
            if (_stems.Count < MaxWords)
            {
                _stems.Add(word.ToString(), stem);
            }
        }

        // Most words are their own stem: nothing to copy back.
        if (stem.Chars is { } chars)
        {
            _term.CopyBuffer(chars, 0, chars.Length);
        }

        _keyword.IsKeyword = stem.Keyword;
        return true;
    }

    private Stem StemOf(char[] buffer, int length)
    {
        _word.Set(buffer, length);
        _stemming.Reset();
        _stemming.IncrementToken();
        var stemmed = _stemmed.Buffer.AsSpan(0, _stemmed.Length);
        var stem = new Stem(stemmed.SequenceEqual(buffer.AsSpan(0, length)) ? null : stemmed.ToArray(), _stemmedKeyword.IsKeyword);
        _stemming.End();
        return stem;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stemming.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// A word's stem (null when it is the word itself), and whether the plurals' list gave it (which marks it a
    /// keyword, as in the stream).
    /// </summary>
    private sealed record Stem(char[]? Chars, bool Keyword);

    /// <summary>A stream of the one word being stemmed, which the stemmers read as they would read the page's.</summary>
    private sealed class OneWord : TokenStream
    {
        private char[] _buffer = [];
        private int _length;
        private bool _given;

        public OneWord()
        {
            Term = AddAttribute<ICharTermAttribute>();
            Keyword = AddAttribute<IKeywordAttribute>();
        }

        public ICharTermAttribute Term { get; }

        public IKeywordAttribute Keyword { get; }

        public void Set(char[] buffer, int length)
        {
            _buffer = buffer;
            _length = length;
        }

        public override void Reset()
        {
            base.Reset();
            _given = false;
        }

        public override bool IncrementToken()
        {
            if (_given)
            {
                return false;
            }

            ClearAttributes();
            Term.CopyBuffer(_buffer, 0, _length);
            _given = true;
            return true;
        }
    }
}
