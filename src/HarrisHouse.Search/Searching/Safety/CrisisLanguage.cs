namespace HarrisHouse.Search.Searching.Safety;

/// <summary>
/// Whether a short search is Spanish rather than English, by the everyday words each language cannot do without:
/// enough to answer a Spanish search's emergency notice in Spanish. Accents are folded before this runs.
/// </summary>
internal static class CrisisLanguage
{
    public const string English = "en";
    public const string Spanish = "es";

    private static readonly HashSet<string> SpanishWords =
    [
        "el", "la", "los", "las", "un", "una", "de", "del", "que", "y", "en", "mi", "mis", "tu", "su", "es", "esta", "estoy",
        "se", "lo", "le", "por", "para", "con", "sin", "ya", "muy", "mas", "como", "donde", "quiero", "puedo",
        "necesito", "ayuda", "hijo", "hija", "esposo", "esposa", "novio", "novia", "hermano", "hermana", "madre", "padre",
        "mama", "papa", "amigo", "amiga", "tomo", "tome", "respira", "despierta", "morir", "vivir", "matarme", "pastillas",
        "droga", "drogas", "sobredosis", "tratamiento", "centro", "linea", "suicidio", "ahora",
        "nada", "todo", "nadie", "vida", "tengo", "tiene", "hay", "pecho", "dolor", "urgente", "emergencia",
    ];

    private static readonly HashSet<string> EnglishWords =
    [
        "the", "an", "and", "of", "to", "in", "is", "it", "my", "i", "im", "he", "she", "his", "her", "you",
        "what", "how", "can", "cant", "dont", "wont", "not", "with", "for", "on", "at", "help", "want", "need", "took",
        "after", "now", "too", "much", "many", "are", "was", "be", "who", "where", "breathing", "wake", "die",
        "kill", "myself", "anymore", "overdose", "line", "hotline", "treatment", "detox", "drinking", "pills",
    ];

    /// <summary>"es" when more of the words are Spanish than English, "en" when fewer, else <paramref name="otherwise"/>.</summary>
    public static string Of(IReadOnlyList<string> foldedWords, string otherwise)
    {
        var spanish = foldedWords.Count(SpanishWords.Contains);
        var english = foldedWords.Count(EnglishWords.Contains);
        return spanish > english ? Spanish : english > spanish ? English : otherwise;
    }
}
