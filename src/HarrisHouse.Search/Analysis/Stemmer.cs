namespace HarrisHouse.Search.Analysis;

/// <summary>
/// The English stemmer applied to indexed text and queries. KStem is the default: it was measured against
/// Porter on the judged site queries (see the ranking-quality tests) and is gentler on medical words
/// ("opioid", "benzodiazepines") that Porter over-stems.
/// </summary>
public enum Stemmer
{
    KStem,
    Porter,
}
