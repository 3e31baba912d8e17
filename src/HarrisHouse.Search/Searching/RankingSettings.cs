namespace HarrisHouse.Search.Searching;

/// <summary>
/// How lexical relevance is computed. Defaults were tuned on the judged site queries in
/// <c>tests/HarrisHouse.Search.Tests/Judgments/queries.tsv</c>; the MRR@10 test prints the effect of a change.
/// </summary>
public sealed record RankingSettings
{
    // BM25 over weighted fields: title above the lead (headings and summary) above the labels (categories
    // and tags) above the body; staff's search phrases weigh as the lead.
    public float TitleWeight { get; init; } = 4.0f;
    public float LeadWeight { get; init; } = 2.0f;
    public float LabelsWeight { get; init; } = 1.5f;
    public float BodyWeight { get; init; } = 1.0f;

    /// <summary>
    /// Staff's search phrases (how people ask for an item): as strong as the lead, below the title. Scored without
    /// length normalisation, so an item with many phrases is not worth less for each.
    /// </summary>
    public float SearchPhrasesWeight { get; init; } = 2.0f;

    /// <summary>How much the fields other than the best-matching one add (0: best field only).</summary>
    public float FieldTieBreaker { get; init; } = 0.3f;

    public float Bm25K1 { get; init; } = 1.2f;
    public float Bm25B { get; init; } = 0.75f;

    // Typo tolerance, like Meilisearch and Typesense: one edit from 5 letters, two from 9, and only for words
    // that are rare or absent in the index, weighted well below exact matches.
    public int OneTypoMinLength { get; init; } = 5;
    public int TwoTyposMinLength { get; init; } = 9;
    public int FuzzyWhenDocumentFrequencyBelow { get; init; } = 3;
    public int FuzzyMaxExpansions { get; init; } = 10;
    public float FuzzyWeight { get; init; } = 0.3f;

    // The last word, while still being typed, also matches as a prefix.
    public int PrefixMinLength { get; init; } = 3;
    public int PrefixMaxExpansions { get; init; } = 10;
    public float PrefixWeight { get; init; } = 0.4f;

    /// <summary>Whether a last word the index holds as it is ("alcohol") is completed too ("alcoholism"), or only a partial one ("alcoh").</summary>
    public bool CompleteWholeWords { get; init; }

    public float SynonymWeight { get; init; } = 0.9f;

    /// <summary>How much the other matching synonyms of a word add to the best one.</summary>
    public float SynonymTieBreaker { get; init; } = 0.1f;

    // Words found together as a phrase rank higher.
    public float PhraseBoost { get; init; } = 1.5f;
    public int PhraseSlop { get; init; } = 3;

    /// <summary>Boost for treatment and addiction pages whose title the query names.</summary>
    public float SubjectBoost { get; init; } = 8f;

    /// <summary>Queries of up to this many words must match all of them; longer ones most of them.</summary>
    public int AllWordsUpTo { get; init; } = 3;

    public double MostWordsShare { get; init; } = 0.7;

    /// <summary>
    /// The site's own name: every page says it, so in a query beside other words ("harris house day program") it
    /// names no subject and is not searched for. Alone, it is searched as any words are.
    /// </summary>
    public string SiteName { get; init; } = "Harris House";

    public IReadOnlyList<(string Field, float Weight)> FieldWeights() =>
    [
        (Storage.IndexSchema.Title, TitleWeight),
        (Storage.IndexSchema.Lead, LeadWeight),
        (Storage.IndexSchema.Labels, LabelsWeight),
        (Storage.IndexSchema.Body, BodyWeight),
        (Storage.IndexSchema.SearchPhrases, SearchPhrasesWeight),
    ];

    /// <summary>
    /// A word in more than this share of the items is not required when the query has a rarer word (null: every
    /// word counts toward <see cref="AllWordsUpTo"/> alike). Chosen on the tune half of the judged visitor
    /// queries: hybrid MRR@10 0.852 without, 0.864 / 0.862 / 0.871 / 0.868 / 0.861 at 0.15 / 0.25 / 0.4 / 0.5 / 0.65.
    /// </summary>
    public double? CommonWordShare { get; init; } = 0.4;

    public int MinimumWordsToMatch(int words) =>
        words <= AllWordsUpTo ? words : Math.Max(Math.Max(1, AllWordsUpTo), (int)Math.Ceiling(words * MostWordsShare));
}
