namespace HarrisHouse.Search.Evaluation;

/// <summary>How the site's search box (the widget) asks while a visitor types, for the commands that type as it does.</summary>
internal static class SearchBox
{
    /// <summary>It asks for suggestions, and the notice with them, from this many characters typed.</summary>
    public const int FirstKeystroke = 3;
}
