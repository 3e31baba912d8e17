using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching.Querying;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Searching.Spelling;

/// <summary>
/// "Did you mean": replaces words the site does not use by the closest, most frequent words it does. The
/// vocabulary is the site's own: words as written in titles, headings, summaries and labels, and the body's
/// terms (KStem keeps those real words). Words that a synonym rule knows ("benzos") are never corrected.
/// </summary>
/// <param name="isSynonym">Whether a synonym rule knows the word (one of its words, or by its stem): such a word is never corrected.</param>
/// <param name="synonymWords">The synonym rules' words (<see cref="Analysis.Synonyms.SynonymSet.Words"/>), offered as corrections.</param>
/// <param name="runTogether">Two words typed as one, found apart.</param>
internal sealed class SpellingCorrector(Func<string, bool> isSynonym, Func<IReadOnlySet<string>> synonymWords, RunTogetherWords runTogether)
{
    private const int MinWordLength = 4;

    /// <summary>Unknown words of one search tried apart: a run of junk words is not worth a split each.</summary>
    private const int MaxWordsTriedApart = 3;

    /// <summary>
    /// Two slips forgiven from seven letters ("suboxen" is "suboxone"), as Elasticsearch's automatic fuzziness does from
    /// six. Chosen on the tune half: from 6 or 7, hybrid misspelled MRR@10 0.901; from 8, 0.879; from 9, 0.879.
    /// </summary>
    private const int TwoEditsFromLength = 7;
    private static readonly string[] VocabularyFields = [IndexSchema.Spelling, IndexSchema.Body];

    /// <summary>
    /// A corrected form of the query, or null when every word is known or no correction exists. A last word still
    /// being typed that starts a word of the site is unfinished, not misspelt ("relap", "treatm"): it is left to
    /// completion. A Spanish search is never corrected: its words are not English words misspelt ("mucho" is not
    /// "much", "como" not "come"), so neither "did you mean" nor the respelling (<see cref="Respell"/>) touches it.
    /// </summary>
    /// <remarks>
    /// A real English word is left as typed unless its correction only restores an apostrophe ("wont" is "won't") or
    /// splits it: "drug court" is not "drug count", "force" not "forced", and "wifi", which the site never mentions,
    /// is not "wife".
    /// </remarks>
    public UserQuery? Correct(UserQuery query, IndexReader reader)
    {
        var corrections = Corrections(query, reader).Where(c => !ReplacesRealWord(query.Words[c.Key], c.Value)).ToDictionary();
        return corrections.Count == 0
            ? null
            : query with { Words = [.. query.Words.SelectMany((word, i) => Split(corrections.GetValueOrDefault(i, word)))] };
    }

    /// <summary>The correction of each word <see cref="Correct"/> corrects, by the word's place: one string ("self care" for "selfcare").</summary>
    private Dictionary<int, string> Corrections(UserQuery query, IndexReader reader)
    {
        var corrections = new Dictionary<int, string>();
        if (query.IsSpanish)
        {
            return corrections;
        }

        var triesApart = MaxWordsTriedApart;
        for (var i = 0; i < query.Words.Count; i++)
        {
            // Unknown first: the prefix scan runs for the rare word the site lacks, not for the last word of every search.
            var word = query.Words[i];
            var unfinished = !query.LastWordComplete && i == query.Words.Count - 1;
            if (IsUnknown(word, reader) && !(unfinished && StartsSiteWord(word, reader)) && Correction(Normalize(word)!, reader, triesApart-- > 0) is { } correction)
            {
                corrections[i] = correction;
            }
        }

        return corrections;
    }

    private static bool ReplacesRealWord(string typed, string correction) =>
        EnglishWords.Contains(typed)
        && !IsApart(correction)
        && !string.Equals(correction.Replace("'", "", StringComparison.Ordinal), typed.Replace("'", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a correction is a word typed closed, apart (<see cref="RunTogetherWords"/>): the same word, not another.</summary>
    private static bool IsApart(string correction) => correction.Contains(' ', StringComparison.Ordinal);

    /// <summary>The words of a correction: two when it is <see cref="IsApart"/>, else one.</summary>
    private static string[] Split(string correction) => correction.Split(' ');

    /// <summary>
    /// The query with each word that neither the site, the model nor English knows spelt as <see cref="Correct"/>
    /// would spell it, and the text as typed with the same words respelt (what the model reads): both unchanged when
    /// no word is (<see cref="Semantic.SemanticSettings.RespellUnknownWords"/>).
    /// </summary>
    /// <remarks>
    /// A real word is known by <see cref="EnglishWords"/>, not by its stem being the site's: KStem turns some slips
    /// into site words ("herion" into "here", "carrers" into "car"), and a stem test kept those as typed. Chosen on
    /// the tune half: hybrid misspelled MRR@10 0.901 (stem test) → 0.941 (word list), all 0.888 → 0.891.
    /// </remarks>
    /// <param name="modelKnows">Whether the model's tokenizer holds a word whole: such a word is real, and kept as typed.</param>
    public (UserQuery Query, string Text) Respell(UserQuery query, string text, IndexReader reader, Func<string, bool> modelKnows)
    {
        // A word typed closed is respelt even when it is a real word ("followup"): written apart it
        // is the same word, as the site writes it.
        var respelt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (i, correction) in Corrections(query, reader))
        {
            var typed = query.Words[i];
            if (IsApart(correction) || (!modelKnows(typed) && !EnglishWords.Contains(typed)))
            {
                respelt.TryAdd(typed, correction);
            }
        }

        if (respelt.Count == 0)
        {
            return (query, text);
        }

        var tokens = Analysis.TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (
            query with { Words = [.. query.Words.SelectMany(word => Split(respelt.GetValueOrDefault(word, word)))] },
            string.Join(' ', tokens.Select(token => respelt.GetValueOrDefault(token, token))));
    }

    private static bool StartsSiteWord(string word, IndexReader reader) =>
        Normalize(word) is { } normalized && VocabularyFields.Any(field => PrefixExpansion.MostFrequent(reader, field, normalized, 1).Count > 0);

    /// <summary>Whether any free word of the query is absent from the site's vocabulary.</summary>
    public bool HasUnknownWord(UserQuery query, IndexReader reader) => query.Words.Any(word => IsUnknown(word, reader));

    private bool IsUnknown(string word, IndexReader reader)
    {
        var normalized = Normalize(word);
        if (normalized is null || normalized.Length < MinWordLength || normalized.Any(char.IsDigit) || isSynonym(normalized))
        {
            return false;
        }

        return !InVocabulary(normalized, reader);
    }

    /// <summary>Whether the site uses the word (any case) in its titles, headings, summaries, labels or body.</summary>
    public static bool IsSiteWord(string word, IndexReader reader) => Normalize(word) is { } normalized && InVocabulary(normalized, reader);

    /// <summary>Whether the site uses the word, already lower case as the vocabulary holds it.</summary>
    internal static bool InVocabulary(string normalized, IndexReader reader) =>
        VocabularyFields.Any(field => reader.DocFreq(new Term(field, normalized)) > 0);

    /// <summary>
    /// Two words typed as one, apart as the site writes them; else the closest word. Apart first: "followup" is
    /// "follow up", not "follow" with two letters dropped.
    /// </summary>
    private string? Correction(string word, IndexReader reader, bool tryApart) => (tryApart ? runTogether.Apart(word, reader) : null) ?? Closest(word, reader);

    private string? Closest(string word, IndexReader reader)
    {
        var edits = word.Length >= TwoEditsFromLength ? 2 : 1;
        return VocabularyFields
            .SelectMany(field => TypoExpansion.Closest(reader, field, word, edits))

            // Staff's synonyms hold words people use that the site may never say ("intervention"): a slip of one
            // is corrected to it, and the rule then finds the pages.
            .Concat(CloseSynonymWords(word, edits))

            // A correction is held to the length a typed word must have: "cant" is "can't", never "can".
            .Where(t => t.Term.Length >= MinWordLength)
            .OrderByDescending(t => t.Similarity)

            // Among equally close words, the one sharing the longest start: slips come later in a word more often
            // than first ("donat" is "donate" before it is "don't").
            .ThenByDescending(t => CommonPrefixLength(t.Term, word))
            .ThenByDescending(t => t.DocFreq)
            .Select(t => t.Term)
            .FirstOrDefault();
    }

    /// <summary>
    /// The synonym rules' words within <paramref name="edits"/> of the word, as the index's close terms are found
    /// (the first letter kept, similarity one less the edits over the shorter length); no page counts them.
    /// </summary>
    private IEnumerable<CloseTerm> CloseSynonymWords(string word, int edits) =>
        from candidate in synonymWords()
        where candidate.Length >= MinWordLength && candidate[0] == word[0] && candidate != word
        let distance = EditDistance.Within(word, candidate, edits)
        where distance is not null
        select new CloseTerm(candidate, 1f - ((float)distance!.Value / Math.Min(candidate.Length, word.Length)), DocFreq: 0);

    private static int CommonPrefixLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    private static string? Normalize(string word)
    {
        var terms = SiteAnalyzers.Analyze(SiteAnalyzers.Words, IndexSchema.Spelling, word);
        return terms.Count == 1 ? terms[0].Text : null;
    }

    /// <summary>
    /// Whether two queries differ only by apostrophes ("dont know", "don't know"): a respelling not worth a
    /// "showing results for", since a contraction's words are function words either way.
    /// </summary>
    public static bool SameButApostrophes(UserQuery a, UserQuery b) =>
        Format(a).Replace("'", "", StringComparison.Ordinal) == Format(b).Replace("'", "", StringComparison.Ordinal);

    /// <summary>Writes a parsed query back as text a person could have typed.</summary>
    public static string Format(UserQuery query) =>
        string.Join(' ', query.Words
            .Concat(query.Phrases.Select(p => $"\"{p}\""))
            .Concat(query.Excluded.Select(e => e.Contains(' ', StringComparison.Ordinal) ? $"-\"{e}\"" : $"-{e}")));
}
