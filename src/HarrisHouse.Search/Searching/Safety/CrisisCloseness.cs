namespace HarrisHouse.Search.Searching.Safety;

/// <summary>The thresholds of the check by meaning (see <see cref="CrisisCloseness"/>); the service's come from its settings.</summary>
/// <param name="ClearSimilarity">With <paramref name="ClearLead"/>, a second, lower bar for a search far closer to an
/// emergency than to anything ordinary; null: none.</param>
/// <param name="LongWords">With <paramref name="LongSimilarity"/> and <paramref name="LongLead"/>, a third bar for searches of
/// at least this many words; null: none.</param>
/// <param name="Likelihood">The <see cref="CrisisClassifier"/>'s bar: when the search's likelihood is known, it alone
/// decides, not the bars of similarity; null: the bars decide.</param>
internal readonly record struct CrisisThresholds(float Similarity, float Lead, float? Veto, float? ClearSimilarity = null, float ClearLead = 0, int? LongWords = null, float LongSimilarity = 0, float LongLead = 0, float? Likelihood = null);

/// <summary>
/// How close a search is, in meaning, to the closest crisis intent sentence (and that sentence's language), to the
/// closest counterexample (an ordinary search worded near an emergency) and to the closest page of the site, and how
/// likely the <see cref="CrisisClassifier"/> finds it an emergency (null without one for the model).
/// </summary>
internal readonly record struct CrisisCloseness(float Intent, string Language, float Counterexample, float Page, float? Likelihood = null)
{
    private float Ordinary => Math.Max(Counterexample, Page);

    /// <summary>
    /// An emergency when the classifier's likelihood reaches its bar, if both are known. Otherwise by the bars of
    /// similarity: when the search is at least as similar as the threshold to an intent and closer to it, by the
    /// lead, than to any counterexample or page. A question about a drug is close to the intents that name it, but
    /// closer still to the page that answers it or to an ordinary question like it; a cry for help is not.
    /// </summary>
    /// <param name="words">The search's words: a long search is held to the third bar, if any.</param>
    public bool Signals(CrisisThresholds thresholds, int words) =>
        Likelihood is { } likelihood && thresholds.Likelihood is { } bar
            ? likelihood >= bar
            : ClearsABar(thresholds, words);

    /// <summary>The bars of similarity: the first, the lower one for a search far closer to an emergency, the long one.</summary>
    private bool ClearsABar(CrisisThresholds thresholds, int words) =>
        Clears(thresholds.Similarity, thresholds.Lead)
        || (thresholds.ClearSimilarity is { } clear && Clears(clear, thresholds.ClearLead))
        || (thresholds.LongWords is { } longWords && words >= longWords && Clears(thresholds.LongSimilarity, thresholds.LongLead));

    /// <summary>One bar: at least this similar to an intent, and closer to it by the lead than to anything ordinary.</summary>
    private bool Clears(float similarity, float lead) => Intent >= similarity && Intent - Ordinary >= lead;

    /// <summary>
    /// Clearly ordinary: closer, by the veto, to a counterexample or a page than to any intent ("will naloxone
    /// reverse a benzo overdose" names an overdose but asks what a page answers). Never without a veto.
    /// </summary>
    public bool Overrules(CrisisThresholds thresholds) => thresholds.Veto is { } veto && Ordinary - Intent >= veto;
}
