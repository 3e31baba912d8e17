using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;

namespace HarrisHouse.Search.Searching.Suggestions;

/// <summary>
/// What the search box reads a Spanish search as: the site's titles are English, so "desintoxicacion" starts no
/// title's word, while the synonyms' Spanish section renders it "detox" (as the search's model reads it,
/// <see cref="Querying.LexicalQuery.Reading"/>). Only words with a rule are rendered. When what is typed starts no
/// title, a last word still being typed ("tratam") is read as the shortest word of a rule it starts ("tratamiento"):
/// "alco" starts English titles, and stays English.
/// </summary>
internal static class SpanishReading
{
    /// <summary>
    /// The words to find titles by, or null when the text is not Spanish (as the search decides it,
    /// <see cref="Querying.UserQuery.IsSpanish"/>, so the box and the results agree) or none of its
    /// words has a rule: <c>Rendered</c>, each rule's first alternative (analysed), and <c>Kept</c>, the words with no
    /// rule that are not Spanish small words ("alcohol" in "tratamiento para el alcohol"), which an English title may
    /// start too.
    /// </summary>
    /// <param name="completeLastWord">Read the last word as a rule's word it starts (when no title starts what is typed).</param>
    public static (IReadOnlyList<string> Rendered, IReadOnlyList<string> Kept)? Of(string typed, Analyzer stems, SynonymSet synonyms, bool completeLastWord)
    {
        if (synonyms.RuleCount == 0)
        {
            return null;
        }

        // A search is Spanish as typed, or once its last word is completed: "tratam" alone is not yet.
        var last = completeLastWord ? LastTerm(typed, stems) : null;
        var completions = Completions(last, synonyms);
        if (!IsSpanish(typed))
        {
            completions = completions.FindAll(word => IsSpanish(WithLastWord(typed, word)));
            if (completions.Count == 0)
            {
                return null;
            }
        }

        var terms = SiteAnalyzers.Analyze(stems, IndexSchema.Body, typed).Select(t => t.Text).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        if (completions.Count > 0 && terms[^1] == last)
        {
            terms[^1] = completions[0];
        }

        var english = new List<string>();
        var kept = new List<string>();
        for (var i = 0; i < terms.Count;)
        {
            if (synonyms.LongestMatchAt(terms, i) is { Alternatives.Count: > 0 } rule)
            {
                english.AddRange(rule.Alternatives[0].Words.Where(w => !english.Contains(w)));
                i += rule.Match.Count;
            }
            else
            {
                if (!SiteAnalyzers.SpanishQuestionWords.Contains(QueryLanguage.Fold(terms[i])))
                {
                    kept.Add(terms[i]);
                }

                i++;
            }
        }

        return english.Count == 0 ? null : (english, kept);
    }

    /// <summary>A last word shorter than this is not completed: too many rules start "tr".</summary>
    private const int MinCompletedLength = 4;

    /// <summary>
    /// The words of one-word rules that the last term may be on its way to, shortest first; none when it is short or
    /// has a rule of its own: "droga" is a word, not the start of "drogadiccion", and "rehab" is English, not the
    /// start of "rehabilitacion".
    /// </summary>
    private static List<string> Completions(string? last, SynonymSet synonyms) =>
        last is null || last.Length < MinCompletedLength || synonyms.LongestMatchAt([last], 0) is not null
            ? []
            : [.. synonyms.OneWordMatchesStartingWith(last).Order(StringComparer.Ordinal).OrderBy(word => word.Length)];

    /// <summary>The last word typed, analysed; null when the analysis drops it ("alcohol a").</summary>
    private static string? LastTerm(string typed, Analyzer stems) =>
        SiteAnalyzers.Analyze(stems, IndexSchema.Body, typed[TypedText.WithoutLastWord(typed).Length..]).Select(t => t.Text).LastOrDefault();

    private static bool IsSpanish(string text) => Querying.UserQueryParser.Parse(text).IsSpanish;

    /// <summary>The text with its last word replaced.</summary>
    private static string WithLastWord(string text, string word) =>
        TypedText.WithoutLastWord(text) is { Length: > 0 } before ? $"{before} {word}" : word;
}
