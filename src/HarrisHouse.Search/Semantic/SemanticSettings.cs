namespace HarrisHouse.Search.Semantic;

/// <summary>
/// Semantic and hybrid search (section <c>Search:Semantic</c>). The floor and fusion weights were tuned on the
/// judged plain-language questions in <c>tests/HarrisHouse.Search.Tests/Judgments/questions.tsv</c> and the
/// judged site queries; the BEIR figures in load-tests/README.md were tuned on train and dev splits only.
/// </summary>
public sealed record SemanticSettings
{
    public const string Section = "Search:Semantic";

    /// <summary>Use the embedding model. If it cannot load, the service serves lexical search and says so.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Which embedding model (see HarrisHouse.Search.Embeddings): MiniLM.</summary>
    public string Model { get; init; } = "MiniLM";

    /// <summary>Where embeddings are kept, keyed by a hash of the text, so that unchanged items are never embedded twice.</summary>
    public string CachePath { get; init; } = "index-data/cache/embeddings";

    /// <summary>How many words make a passage. The first passage is the title, summary and start of the body.</summary>
    public int MaxWords { get; init; } = 180;

    /// <summary>
    /// Passages embedded per item: the first, then the rest of a long body in further passages (each led by
    /// the title). An item is as similar to a query as its most similar passage. 1: one vector per item.
    /// </summary>
    public int PassagesPerItem { get; init; } = 1;

    /// <summary>
    /// Whether an item's search phrases are also embedded, each as a passage of its own. Off: on the tune half of
    /// the judged visitor queries, staff-written phrases lifted hybrid MRR@10 only when matched by their words
    /// (0.845 without phrases, 0.852 by words, 0.813 by words and meaning): a short phrase such as "who are you" or
    /// "talk to someone now" is close in meaning to many questions it does not answer.
    /// </summary>
    public bool EmbedSearchPhrases { get; init; }

    /// <summary>A semantic-only hit must be at least this similar (cosine) to the query: nothing pads a query that matches nothing.</summary>
    public float SimilarityFloor { get; init; } = 0.25f;

    /// <summary>
    /// A semantic-only hit must also be within this much of the query's best similarity: the floor alone lets a
    /// long tail of loosely related items into the results and their counts. 1: no margin.
    /// </summary>
    public float SimilarityMargin { get; init; } = 0.1f;

    /// <summary>
    /// A query none of whose words is in the index (after synonyms and typo tolerance) finds nothing by meaning
    /// either: the model cannot know what a made-up word means, and its nearest items are noise. Off for test
    /// collections, where every query has relevant documents and typo tolerance is off.
    /// </summary>
    public bool RequireKnownWord { get; init; } = true;

    /// <summary>
    /// Whether a misspelt word is searched as "did you mean" would spell it, by its words and by meaning ("metadone
    /// maintenance" as "methadone maintenance"): typo tolerance alone weighs close spellings below exact words, and the
    /// model's tokenizer cuts a misspelling into pieces that mean nothing. Only a word that neither the site (as
    /// written), the model's vocabulary nor a list of English words knows is respelt: "truck", "relapsing" and
    /// "hungover" are real words; "herion" is not, though KStem makes it "here". The search's response says what it
    /// searched for (<see cref="Searching.SearchResult.SearchedFor"/>), and <see cref="Searching.SearchRequest.AsTyped"/>
    /// turns it off for one search. Needs the model; off, or without the model, typo tolerance alone forgives slips.
    /// Chosen on the tune half of the judged visitor queries (`dotnet $E site --respell-unknown-words`), hybrid
    /// MRR@10: misspelled 0.749 → 0.879, all 0.877 → 0.887, questions, navigational and keyword unchanged (0.901 and
    /// 0.888 with the corrector's two slips from seven letters; 0.941 and 0.891 with the English words in place of a
    /// test of the word's stem). Off for test collections, where typo tolerance is off too.
    /// </summary>
    public bool RespellUnknownWords { get; init; } = true;

    /// <summary>
    /// Queries of up to this many words that the lexical search matches completely are keyword queries
    /// ("detox", "family program"): they keep the lexical ranking, with semantically close items after its
    /// matches. Longer or partly matched queries are fused. 0 fuses every query.
    /// </summary>
    public int KeywordQueryMaxWords { get; init; } = 3;

    /// <summary>
    /// Queries of bare keywords, none of a typed sentence's small words ("my", "how", "i": the question words) and
    /// not Spanish, are keyword queries up to this many words ("sponsor aa big book", "naltrexone acamprosate alcohol
    /// cravings"). Chosen on the tune half (stop 55); at or below <see cref="KeywordQueryMaxWords"/> it changes nothing.
    /// </summary>
    public int BareKeywordQueryMaxWords { get; init; } = 4;

    /// <summary>Reciprocal-rank fusion constant k: score = Σ weight / (k + rank).</summary>
    public int FusionK { get; init; } = 60;

    public float LexicalWeight { get; init; } = 1f;

    /// <summary>The lexical ranking's weight when no item matched all the query's words (its matches are partial).</summary>
    public float PartialLexicalWeight { get; init; } = 0.3f;

    public float SemanticWeight { get; init; } = 1.5f;

    /// <summary>
    /// A search at least this similar (cosine) to one of the crisis intent sentences shows the emergency notice,
    /// whatever its words. Chosen on the tune half of the labelled crisis searches, for the default model.
    /// </summary>
    public float CrisisSimilarity { get; init; } = 0.6f;

    /// <summary>
    /// ...and at least this much more similar to it than to the closest counterexample (an ordinary search worded
    /// near an emergency) and the site's closest page. Both chosen on the tune half: first a recall of at least
    /// 95 % (a miss can cost a life), then the fewest false alarms.
    /// </summary>
    public float CrisisLead { get; init; } = 0.025f;

    /// <summary>
    /// A search of three words or more that names a phrase of the staff's list is still no emergency when its
    /// meaning is closer, by at least this much, to an ordinary search or a page than to any crisis intent
    /// ("tolerance after detox overdose"). Null: the list always wins. Chosen on the tune half like the two above.
    /// </summary>
    public float? CrisisVeto { get; init; } = 0.1f;

    /// <summary>
    /// A second, lower bar: a search at least this similar to a crisis intent shows the notice when it is closer to
    /// it by <see cref="CrisisClearLead"/> than to any counterexample or page ("keep thinking about jumping off the
    /// parking garage", "found him slumped over in the car"). Null: none. Chosen on the tune half like the others.
    /// </summary>
    public float? CrisisClearSimilarity { get; init; } = 0.55f;

    /// <summary>The lead that <see cref="CrisisClearSimilarity"/> asks for.</summary>
    public float CrisisClearLead { get; init; } = 0.15f;

    /// <summary>
    /// A third bar, for searches of at least this many words: a long sentence is less similar to any one short intent
    /// sentence than a short search saying the same ("tired of being a burden gonna go to sleep for good"), while
    /// ordinary searches that long are rare. Null: none. Chosen on the tune half (stop 39): among the bars that caught
    /// the most missed crisis searches with no new false alarm, the highest.
    /// </summary>
    public int? CrisisLongWords { get; init; } = 10;

    /// <summary>The similarity that <see cref="CrisisLongWords"/> asks for.</summary>
    public float CrisisLongSimilarity { get; init; } = 0.5f;

    /// <summary>The lead that <see cref="CrisisLongWords"/> asks for.</summary>
    public float CrisisLongLead { get; init; } = 0.1f;

    /// <summary>
    /// The bar of the crisis classifier's likelihood (0 to 1) at or above which a search of three words or more shows
    /// the notice; while the shipped classifier's weights are for the model in use, it decides in place of the
    /// similarity bars above. Null: the bar chosen with the weights, by cross-validation on the tune half
    /// (<c>crisis-classifier.txt</c>). Lower shows the notice more often.
    /// </summary>
    public float? CrisisLikelihood { get; init; }

    /// <summary>Whether the crisis classifier decides when its weights are for the model in use; false: the bars always do.</summary>
    public bool CrisisClassifier { get; init; } = true;

    /// <summary>How far down each ranking fusion looks (at least the page asked for).</summary>
    public int FusionDepth { get; init; } = 100;

    /// <summary>Query embeddings remembered for repeated searches (least recently used forgotten first; 0: none).</summary>
    public int QueryCacheSize { get; init; } = 1_000;

    public string FullCachePath => Path.GetFullPath(CachePath);
}
