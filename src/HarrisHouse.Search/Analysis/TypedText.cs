namespace HarrisHouse.Search.Analysis;

/// <summary>Text as the search box has it while a visitor types: the last word may not be finished.</summary>
internal static class TypedText
{
    /// <summary>The text before its last word, without the space between (empty when it is one word).</summary>
    public static string WithoutLastWord(string text)
    {
        var trimmed = text.TrimEnd();
        var cut = trimmed.LastIndexOfAny([' ', '\t', '\n', '\r']);
        return cut < 0 ? "" : trimmed[..cut];
    }
}
