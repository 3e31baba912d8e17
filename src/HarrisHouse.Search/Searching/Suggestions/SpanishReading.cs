using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;

namespace HarrisHouse.Search.Searching.Suggestions;

/// <summary>
/// What the search box reads a Spanish search as: the site's titles are English, so "desintoxicacion" starts no
/// title's word, while the synonyms' Spanish section renders it "detox" (as the search's model reads it,
/// <see cref="Querying.LexicalQuery.Reading"/>). Only words with a rule are rendered, so only complete words count:
/// a word still being typed has none yet.
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
    public static (IReadOnlyList<string> Rendered, IReadOnlyList<string> Kept)? Of(string typed, Analyzer stems, SynonymSet synonyms)
    {
        if (synonyms.RuleCount == 0 || !Querying.UserQueryParser.Parse(typed).IsSpanish)
        {
            return null;
        }

        var terms = SiteAnalyzers.Analyze(stems, IndexSchema.Body, typed).Select(t => t.Text).ToList();
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
}
