using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Analysis;

/// <summary>The analysis chains of the index; <c>IndexSchema</c> says which field uses which.</summary>
internal static class SiteAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Raised whenever a change to the text chain makes an index built before it disagree with the queries analysed
    /// after it; each generation records the version it was built with (<c>GenerationManifest.Analysis</c>).
    /// 1: the plurals KStem leaves whole are stemmed as their singulars (<see cref="KStemPlurals"/>).
    /// 2: titles are indexed for search-as-you-type as their words and first two letters, not every prefix of every word.
    /// </summary>
    public const int AnalysisVersion = 2;

    public static CharArraySet StopWords { get; } = EnglishAnalyzer.DefaultStopSet;

    /// <summary>
    /// Words that carry no subject in a typed question ("how do I", "my son", "about"). Dropped from free-text
    /// queries (never from quoted phrases, and never all of them), but indexed as usual.
    /// </summary>
    public static IReadOnlySet<string> QuestionWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "how", "what", "why", "when", "where", "who", "whom", "which", "do", "does", "did", "doing", "can", "could",
        "should", "would", "i", "im", "i'm", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our",
        "he", "him", "his", "she", "her", "hers", "them", "about", "get", "getting", "got", "have", "has", "had",
        "am", "been", "being", "from", "some", "any", "very", "just", "so", "too", "also", "than", "want", "need",
        "know", "tell", "find", "someone", "something", "anyone",

        // Contractions and pronouns of a sentence typed on a phone ("i can't stop", "he's using again"): the
        // apostrophe is plain by now (TextNormalizer), and some type none. ("it", "is", "they"... are stop words,
        // dropped before this list is read.)
        "can't", "cant", "don't", "dont", "won't", "wont", "isn't", "isnt", "doesn't", "doesnt", "didn't", "didnt",
        "i've", "ive", "i'll", "i'd", "it's", "that's", "thats", "there's", "he's", "hes", "she's", "shes",
        "they're", "theyre", "we're", "you're", "youre", "its", "were", "keep", "keeps", "really", "still",
        "anymore", "even", "every", "all", "one", "like", "way",

        // Phone spellings of the same pronouns ("do yall take blue cross", "r u open", "can u help"): chosen on
        // the tune half.
        "yall", "y'all", "u", "ur", "r", "ya",

        // Chat spellings that carry no subject either ("is it ok 2 drink on suboxone", "xanax w/ alcohol", "wat is
        // fentanyl"): required, they left every page "missing" them and hid the one the rest asked for. A lone 2 or 4
        // is "to" or "for" far more often than the subject; the model still reads the whole search. ("vs" is not
        // one: BEIR's "fish vs. pills" titles need it, NFCorpus lexical 0.329 → 0.327 without it.)
        "ok", "okay", "w", "wat", "2", "4",

        // A phone's word that asks for an answer rather than names its subject ("insurance info"): required, it left
        // only the pages that happen to say "information", so "insurance info" found one blog post, on detox, and not
        // the insurance page (a tune miss). Not "information": in a collection's queries it
        // is a subject ("Freedom of Information Act"; NFCorpus lexical 0.3271 -> 0.3265 with it).
        "info",
    };

    /// <summary>
    /// The small words of a Spanish search ("ayuda para mi hijo", "que llevar al tratamiento"), accents folded
    /// (<see cref="QueryLanguage.Fold"/>): read as <see cref="QuestionWords"/> only when the search is Spanish
    /// (<see cref="QueryLanguage.Of"/>), since "la", "de", "con" and "son" can be English subjects. Left out: "cuanto"
    /// (of "cuanto cuesta", a synonym of cost).
    /// </summary>
    public static IReadOnlySet<string> SpanishQuestionWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "a", "y", "o", "en", "que", "por",
        "para", "con", "sin", "sobre", "mi", "mis", "tu", "tus", "su", "sus", "yo", "me", "te", "se", "lo", "le", "les",
        "nos", "usted", "ustedes", "es", "esta", "estan", "estoy", "este", "esto", "eso", "ese", "esa", "ser", "hay",
        "son", "como", "donde", "cuando", "cual", "quien", "quienes", "puedo", "puede", "pueden", "quiero", "necesito",
        "tengo", "tiene", "tienen", "debo", "hago", "hace", "hacer", "muy", "mucho", "mucha", "muchos", "muchas", "mas",
        "ya", "si", "pero", "porque", "algo", "alguien",
    };

    /// <summary>
    /// Full-text fields: possessives removed, lower case, accents folded, stop words dropped, stemmed.
    /// Queries go through the same chain so that "Detoxing" meets "detox". Indexing adds each of
    /// <paramref name="synonymPhrases"/> found as one term too (<see cref="SynonymPhraseFilter"/>); queries never do.
    /// </summary>
    /// <param name="rememberStems">
    /// Whether each stream remembers the stems it made (<see cref="RememberedStemFilter"/>): for building a
    /// generation, whose analyzer goes with the build; not for queries, whose streams live as long as their threads.
    /// </param>
    public static Analyzer Text(Stemmer stemmer, IReadOnlySet<string>? synonymPhrases = null, bool rememberStems = false) => Analyzer.NewAnonymous(initReader: Normalized, createComponents: (_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream, false);
        stream = new StopFilter(Version, stream, StopWords);
        stream = stemmer switch
        {
            Stemmer.Porter => new PorterStemFilter(stream),
            _ when rememberStems => new RememberedStemFilter(stream),
            _ => KStemPlurals.ThenKStem(stream),
        };
        return new TokenStreamComponents(tokenizer, synonymPhrases is { Count: > 0 } ? new SynonymPhraseFilter(stream, synonymPhrases) : stream);
    });

    /// <summary>
    /// Words as written (lower case, folded, not stemmed, stop words kept): the vocabulary for spelling
    /// correction and typed-prefix matching, where stems would not be real words.
    /// </summary>
    public static Analyzer Words { get; } = Analyzer.NewAnonymous(initReader: Normalized, createComponents: (_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, LowerCaseFolded(tokenizer));
    });

    /// <summary>
    /// The text chain's tokens before any filter: a token's place in this stream is its position in the index
    /// (the filters drop words but keep their places), so a position read from the postings finds its characters here.
    /// </summary>
    public static Analyzer Tokens { get; } = Analyzer.NewAnonymous(initReader: Normalized, createComponents: (_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer);
    });

    /// <summary>
    /// Title words for search-as-you-type: <see cref="Words"/>, each word followed by its first letters
    /// (<see cref="WordStartFilter"/>).
    /// </summary>
    public static Analyzer TitleWords { get; } = Analyzer.NewAnonymous(initReader: Normalized, createComponents: (_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new WordStartFilter(LowerCaseFolded(tokenizer)));
    });

    /// <summary>The longest start of a title word indexed as a term of its own (<see cref="WordStartFilter"/>).</summary>
    public const int LongestWordStart = 2;

    /// <summary>The whole text as one term, unchanged: identity, facet and filter fields.</summary>
    public static Analyzer Exact { get; } = new KeywordAnalyzer();

    /// <summary>Phrases of one to three words for suggestions; see <see cref="PhraseShingleFilter"/>.</summary>
    public static Analyzer Phrases { get; } = PhraseAnalyzer(kept: null);

    /// <summary>The same phrases as <see cref="Phrases"/>, keeping only those whose <see cref="PhraseHash"/> is in <paramref name="kept"/>.</summary>
    public static Analyzer PhrasesAmong(IReadOnlySet<long> kept) => PhraseAnalyzer(kept);

    private static Analyzer PhraseAnalyzer(IReadOnlySet<long>? kept) => Analyzer.NewAnonymous(initReader: Normalized, createComponents: (_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new PhraseShingleFilter(LowerCaseFolded(tokenizer));
        return new TokenStreamComponents(tokenizer, kept is null ? stream : new KeptPhraseFilter(stream, kept));
    });

    public const int MaxPhraseWords = 3;

    /// <summary>Words as written, lower case and accents folded: what <see cref="Words"/>, <see cref="TitleWords"/> and the phrases read.</summary>
    private static TokenStream LowerCaseFolded(Tokenizer tokenizer) => new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer), false);

    /// <summary>Typographic apostrophes, quotes and dashes read as plain ones, before any tokenizer sees them.</summary>
    private static TextReader Normalized(string field, TextReader reader) => new TypographicCharFilter(reader);

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and returns the terms with their positions.</summary>
    public static List<AnalyzedTerm> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<AnalyzedTerm>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new AnalyzedTerm(term.ToString(), position, offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return terms;
    }
}

/// <summary>One term produced by analysis, with its position and where it came from in the input.</summary>
internal readonly record struct AnalyzedTerm(string Text, int Position, int StartOffset, int EndOffset);
