using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Whether a search signals an emergency: by the staff's phrase list, or, with the embedding model, by meaning
/// (<see cref="CrisisIntents"/>). The notice speaks Spanish when the search is Spanish.
/// </summary>
internal sealed class CrisisDetector(CrisisPhrases phrases, CrisisIntents? intents)
{
    /// <summary>
    /// Meaning is read from sentences only: a keyword ("meth", "narcan") names a topic, not an intent, and the
    /// model finds it close to every sentence about that drug. Keywords are the phrase list's job.
    /// </summary>
    public const int MinWordsForMeaning = 3;

    public static CrisisDetector None { get; } = new(CrisisPhrases.None, null);

    public static CrisisDetector Create(string phrasesPath, SemanticSearch? semantic, LiveIndex index) =>
        new(CrisisPhrases.FromFile(phrasesPath), semantic is null ? null : new CrisisIntents(semantic, index));

    public CrisisSignal Detect(string query) => Detect(query, intents?.Thresholds);

    /// <summary>
    /// A phrase of the staff's list, unless the meaning of a search of several words overrules it (a veto); else
    /// meaning alone. <paramref name="thresholds"/> other than the service's are for choosing them on a tune half.
    /// </summary>
    public CrisisSignal Detect(string query, CrisisThresholds? thresholds)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return CrisisSignal.None;
        }

        var words = CrisisPhrases.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = phrases.Match(words);
        var matched = intents is null || thresholds is not { } given || words.Length < MinWordsForMeaning
            ? phrase
            : WithMeaning(phrase, intents.Measure(query), given);
        return matched is null ? CrisisSignal.None : CrisisSignal.In(CrisisLanguage.Of(words, otherwise: matched));
    }

    /// <summary>A listed phrase stands unless the meaning overrules it; without one, the meaning alone decides.</summary>
    private static string? WithMeaning(string? phrase, CrisisCloseness meaning, CrisisThresholds thresholds) =>
        phrase is not null
            ? (meaning.Overrules(thresholds) ? null : phrase)
            : (meaning.Signals(thresholds) ? meaning.Language : null);

    /// <summary>Embeds the crisis sentences now, so that the first search that needs them does not wait for it.</summary>
    public void Prepare() => intents?.Prepare();
}
