namespace HarrisHouse.Search.Related;

/// <summary>
/// The knobs of related content. The defaults were tuned on the judged related pairs in
/// <c>tests/HarrisHouse.Search.Tests/Judgments/related.tsv</c> (precision@3 is printed by its test).
/// </summary>
public sealed record RelatedSettings
{
    /// <summary>How many related items are computed and stored per item (the most a request can ask for).</summary>
    public int StoredCount { get; init; } = 10;

    /// <summary>How many candidates MoreLikeThis and the category/tag overlap each contribute.</summary>
    public int CandidatePool { get; init; } = 40;

    // MoreLikeThis: terms must appear this often in the item, in at least this many other items, and at most
    // this share of all items (so "recovery" on a recovery site does not decide everything).
    public int MinTermFrequency { get; init; } = 2;
    public int MinDocumentFrequency { get; init; } = 2;
    public int MaxDocumentFrequencyPercent { get; init; } = 60;
    public int MaxQueryTerms { get; init; } = 25;
    public int MinWordLength { get; init; } = 3;

    public float TitleBoost { get; init; } = 1.0f;
    public float SummaryBoost { get; init; } = 1.5f;
    public float BodyBoost { get; init; } = 1.0f;
    public float CategoriesBoost { get; init; } = 0.3f;

    // How the final score blends text similarity with shared labels and freshness.
    public double TextWeight { get; init; } = 0.7;
    public double CategoryWeight { get; init; } = 0.35;
    public double TagWeight { get; init; } = 0.8;
    public double RecencyWeight { get; init; } = 0.08;

    /// <summary>Bonus for a treatment or addiction page whose title names the subject of the item (its title or tags).</summary>
    public double SubjectWeight { get; init; } = 0.5;

    /// <summary>Years over which the recency bonus of a post halves.</summary>
    public double RecencyHalfLifeYears { get; init; } = 4;

    /// <summary>
    /// A treatment or addiction page joins a blog post's list only if its score reaches this share of the
    /// best candidate's: it must really match the post's subject.
    /// </summary>
    public double TopicPageMinShare { get; init; } = 0.45;

    /// <summary>Weight of closeness in meaning (the embedding model's cosine, relative to the closest other item), when the index has vectors.</summary>
    public double MeaningWeight { get; init; } = 0.5;

    /// <summary>
    /// Up to this many items, every item's nearest neighbours in meaning join its candidates (an exact scan,
    /// quadratic over a whole reindex); beyond it, meaning only reorders the text and label candidates.
    /// </summary>
    public int MeaningNeighbourScanLimit { get; init; } = 20_000;

    /// <summary>Below this many words of text an item's list leans on its categories and tags.</summary>
    public int LittleTextWords { get; init; } = 60;
}
