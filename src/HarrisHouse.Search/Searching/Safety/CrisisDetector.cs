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

    public CrisisSignal Detect(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return CrisisSignal.None;
        }

        var words = CrisisPhrases.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matched = phrases.Match(words) ?? (words.Length >= MinWordsForMeaning ? intents?.Match(query) : null);
        if (matched is null)
        {
            return CrisisSignal.None;
        }

        return CrisisSignal.In(CrisisLanguage.Of(words, otherwise: matched));
    }
}
