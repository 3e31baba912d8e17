namespace HarrisHouse.Search.Semantic;

/// <summary>
/// The words an embedding model's tokenizer holds whole, offered by a generator through <c>GetService</c>. A word
/// the site does not use but the model knows ("tough", "truck") is a real word, not a slip to correct; a word
/// neither knows ("metadone") the tokenizer cuts into pieces that mean nothing.
/// </summary>
public sealed class ModelVocabulary
{
    private readonly HashSet<string> _words;

    /// <param name="words">The tokenizer's whole words, lower-case (an uncased vocabulary).</param>
    public ModelVocabulary(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = new HashSet<string>(words, StringComparer.Ordinal);
    }

    /// <summary>Whether the model reads <paramref name="word"/> (any case) as one piece.</summary>
    public bool Contains(string word) => _words.Contains(word.ToLowerInvariant());
}
