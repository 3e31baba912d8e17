using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching.Spelling;
using HarrisHouse.Search.Semantic;
using HarrisHouse.Search.Serving;

namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Whether a search signals an emergency: by the staff's phrase list, or, with the embedding model, by meaning
/// (<see cref="CrisisIntents"/>). The notice speaks Spanish when the search is Spanish.
/// </summary>
internal sealed class CrisisDetector(CrisisPhrases phrases, CrisisIntents? intents, Func<string, bool> isSiteWord)
{
    /// <summary>
    /// Meaning is read from sentences only: a keyword ("meth", "narcan") names a topic, not an intent, and the
    /// model finds it close to every sentence about that drug. Keywords are the phrase list's job.
    /// </summary>
    public const int MinWordsForMeaning = 3;

    public static CrisisDetector None { get; } = new(CrisisPhrases.None, null, _ => false);

    public static CrisisDetector Create(string phrasesPath, SemanticSearch? semantic, LiveIndex index) =>
        new(CrisisPhrases.FromFile(phrasesPath), semantic is null ? null : new CrisisIntents(semantic, index), word =>
        {
            using var lease = index.Acquire();
            return SpellingCorrector.IsSiteWord(word, lease.Searcher.IndexReader);
        });

    public CrisisSignal Detect(string query) => Detect(query, Thresholds);

    /// <summary>
    /// As the search box checks while a visitor types: a last word with no space after it may be a fragment ("can i
    /// vi", "lost my b", "my son is"), and the model reads a fragment as a sentence. Meaning waits for the word to
    /// end; the phrase list reads it as typed, so "want to die" shows the notice as soon as "die" is typed. Meaning
    /// read without the last word cannot overrule a phrase that needs it.
    /// </summary>
    public CrisisSignal DetectWhileTyping(string text) => Detect(text, Thresholds, typing: true);

    /// <summary>The service's thresholds for the check by meaning; null without the model.</summary>
    public CrisisThresholds? Thresholds => intents?.Thresholds;

    /// <summary>
    /// A phrase of the staff's list, unless the meaning of a search of several words overrules it (a veto); else
    /// meaning alone. A search that signals nothing as typed is checked again with its slips read
    /// (<see cref="CrisisSpelling"/>): reading them can only add a notice, never take one away, since a word the
    /// check does not know may be a real one ("vending", "comio"). <paramref name="thresholds"/> other than the
    /// service's are for choosing them on a tune half.
    /// </summary>
    /// <param name="typing">The text is still being typed (<see cref="DetectWhileTyping"/>).</param>
    public CrisisSignal Detect(string query, CrisisThresholds? thresholds, bool typing = false)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return CrisisSignal.None;
        }

        var typed = CrisisPhrases.Words(query);
        var fragment = typing && !char.IsWhiteSpace(query[^1]);
        var signal = Detect(typed, fragment ? TypedText.WithoutLastWord(query) : query, fragment, thresholds);
        if (signal.Signals)
        {
            return signal;
        }

        var read = phrases.ReadSlips(typed, isSiteWord);
        signal = read == typed ? signal : Detect(read, string.Join(' ', fragment ? read[..^1] : read), fragment, thresholds);
        return signal.Signals || !fragment ? signal : OnEveryCompletion(typed);
    }

    /// <summary>A word still being typed is read as the words it can become when there are at most this many.</summary>
    private const int MaxCompletions = 8;

    /// <summary>
    /// A last word still being typed that can only become words of a listed phrase ("suic": suicidal, suicide,
    /// suicides) shows the notice now, not two or three letters later: the list matches every English word it can
    /// become. A start that can become an everyday word too ("overd": overdue) waits.
    /// </summary>
    private CrisisSignal OnEveryCompletion(string[] typed)
    {
        var completions = typed.Length == 0 ? null : EnglishWords.StartingWith(typed[^1], MaxCompletions);
        if (completions is not { Count: > 0 })
        {
            return CrisisSignal.None;
        }

        string? matched = null;
        foreach (var completion in completions)
        {
            matched = phrases.Match([.. typed[..^1], completion]);
            if (matched is null)
            {
                return CrisisSignal.None;
            }
        }

        return CrisisSignal.In(QueryLanguage.Of(typed, otherwise: matched!));
    }

    /// <param name="meaningText">What the model reads: the words, less a last word still being typed.</param>
    private CrisisSignal Detect(string[] words, string meaningText, bool fragment, CrisisThresholds? thresholds)
    {
        var phrase = phrases.Match(words);
        var meaningWords = fragment ? words.Length - 1 : words.Length;
        var matched = intents is null || thresholds is not { } given || meaningWords < MinWordsForMeaning
            ? phrase
            : WithMeaning(phrase, intents.Measure(meaningText), given, meaningWords, canOverrule: !fragment);
        return matched is null ? CrisisSignal.None : CrisisSignal.In(QueryLanguage.Of(words, otherwise: matched));
    }

    /// <summary>A listed phrase stands unless the meaning overrules it; without one, the meaning alone decides.</summary>
    private static string? WithMeaning(string? phrase, CrisisCloseness meaning, CrisisThresholds thresholds, int words, bool canOverrule) =>
        phrase is not null
            ? (canOverrule && meaning.Overrules(thresholds) ? null : phrase)
            : (meaning.Signals(thresholds, words) ? meaning.Language : null);

    /// <summary>How close the search as typed is in meaning to the crisis intents, the counterexamples and the pages; null without the model.</summary>
    public CrisisCloseness? Closeness(string query) => intents?.Measure(query);

    /// <summary>Embeds the crisis sentences now, so that the first search that needs them does not wait for it.</summary>
    public void Prepare() => intents?.Prepare();
}
