using HarrisHouse.Search.Storage;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Searching.Suggestions;

/// <summary>
/// The site's frequent short phrases, sorted, with how many items use each: a prefix lookup is a binary
/// search. Built from the index's own phrase terms, so it always matches what is indexed.
/// </summary>
internal sealed class PhraseDictionary
{
    private readonly string[] _phrases;
    private readonly int[] _frequencies;

    private PhraseDictionary(string[] phrases, int[] frequencies)
    {
        _phrases = phrases;
        _frequencies = frequencies;
    }

    public int Count => _phrases.Length;

    public static PhraseDictionary Build(IndexReader reader)
    {
        var minFrequency = SuggestionPhrases.MinFrequency(reader.NumDocs);
        var phrases = new List<string>();
        var frequencies = new List<int>();
        var terms = MultiFields.GetTerms(reader, IndexSchema.Phrase);
        if (terms is not null)
        {
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                if (termsEnum.DocFreq >= minFrequency)
                {
                    phrases.Add(termsEnum.Term.Utf8ToString());
                    frequencies.Add(termsEnum.DocFreq);
                }
            }
        }

        string[] sortedPhrases = [.. phrases];
        int[] sortedFrequencies = [.. frequencies];
        Array.Sort(sortedPhrases, sortedFrequencies, StringComparer.Ordinal);
        return new PhraseDictionary(sortedPhrases, sortedFrequencies);
    }

    /// <summary>The most used phrases starting with <paramref name="prefix"/>, shorter first among equals.</summary>
    public IReadOnlyList<string> Complete(string prefix, int max)
    {
        var start = LowerBound(prefix);
        var matches = new List<(string Phrase, int Frequency)>();
        for (var i = start; i < _phrases.Length && _phrases[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            matches.Add((_phrases[i], _frequencies[i]));
        }

        return matches
            .OrderByDescending(m => m.Frequency)
            .ThenBy(m => m.Phrase.Length)
            .ThenBy(m => m.Phrase, StringComparer.Ordinal)
            .Take(max)
            .Select(m => m.Phrase)
            .ToList();
    }

    private int LowerBound(string value)
    {
        int low = 0, high = _phrases.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_phrases[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
