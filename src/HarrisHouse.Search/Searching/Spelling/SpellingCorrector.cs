using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Searching.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Spelling;

/// <summary>
/// "Did you mean": replaces words the index does not know by the closest, most frequent words it does
/// (from the unstemmed vocabulary of the site, via <see cref="FuzzyTermsEnum"/>).
/// </summary>
public static class SpellingCorrector
{
    private const int MinWordLength = 4;
    private const int TwoEditsFromLength = 8;

    /// <summary>A corrected form of the query, or null when every word is known or no correction exists.</summary>
    public static UserQuery? Correct(UserQuery query, IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Spelling);
        if (terms is null)
        {
            return null;
        }

        var changed = false;
        var words = query.Words.Select(word =>
        {
            var corrected = CorrectWord(word, reader, terms);
            changed |= corrected is not null;
            return corrected ?? word;
        }).ToList();
        return changed ? query with { Words = words } : null;
    }

    /// <summary>Whether any free word of the query is absent from the site's vocabulary.</summary>
    public static bool HasUnknownWord(UserQuery query, IndexReader reader) =>
        query.Words.Any(word => Normalize(word) is { Length: >= MinWordLength } normalized
            && reader.DocFreq(new Term(IndexSchema.Spelling, normalized)) == 0);

    private static string? CorrectWord(string word, IndexReader reader, Terms terms)
    {
        var normalized = Normalize(word);
        if (normalized is null || normalized.Length < MinWordLength || normalized.Any(char.IsDigit))
        {
            return null;
        }

        var ownFrequency = reader.DocFreq(new Term(IndexSchema.Spelling, normalized));
        if (ownFrequency > 0)
        {
            return null;
        }

        var edits = normalized.Length >= TwoEditsFromLength ? 2 : 1;
        var attributes = new AttributeSource();
        var boost = attributes.AddAttribute<IBoostAttribute>();
        var fuzzy = new FuzzyTermsEnum(terms, attributes, new Term(IndexSchema.Spelling, normalized), edits, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestSimilarity = 0f;
        var bestFrequency = 0;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var similarity = boost.Boost;
            var frequency = fuzzy.DocFreq;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency))
            {
                (best, bestSimilarity, bestFrequency) = (candidate, similarity, frequency);
            }
        }

        return best;
    }

    private static string? Normalize(string word)
    {
        var terms = SiteAnalyzers.Analyze(SiteAnalyzers.Words, IndexSchema.Spelling, word);
        return terms.Count == 1 ? terms[0].Text : null;
    }

    /// <summary>Writes a parsed query back as text a person could have typed.</summary>
    public static string Format(UserQuery query) =>
        string.Join(' ', query.Words
            .Concat(query.Phrases.Select(p => $"\"{p}\""))
            .Concat(query.Excluded.Select(e => e.Contains(' ', StringComparison.Ordinal) ? $"-\"{e}\"" : $"-{e}")));
}
