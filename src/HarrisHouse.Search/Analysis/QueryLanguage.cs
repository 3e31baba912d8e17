using System.Globalization;
using System.Text;

namespace HarrisHouse.Search.Analysis;

/// <summary>
/// Whether a short search is Spanish rather than English, by the everyday words each language cannot do without:
/// enough to answer a Spanish search's emergency notice in Spanish, and to read a Spanish question's own small words
/// as such (<see cref="SiteAnalyzers.SpanishQuestionWords"/>). Accents are folded before this runs (<see cref="Fold"/>).
/// </summary>
internal static class QueryLanguage
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>Spanish small words that English searches type too ("a", "me", "son", "yo", "o" as in O'Fallon, "al" as in Al-Anon).</summary>
    private static readonly string[] AlsoEnglish = ["a", "al", "me", "o", "son", "yo"];

    private static readonly HashSet<string> SpanishWords =
    [
        // A Spanish question's small words, as the search leaves them out (one list for both).
        .. SiteAnalyzers.SpanishQuestionWords.Except(AlsoEnglish),

        // Words of the things a Spanish search asks about.
        "ayuda", "hijo", "hija", "esposo", "esposa", "novio", "novia", "hermano", "hermana", "madre", "padre",
        "mama", "papa", "amigo", "amiga", "tomo", "tome", "respira", "despierta", "morir", "vivir", "matarme", "pastillas",
        "droga", "drogas", "sobredosis", "tratamiento", "centro", "linea", "suicidio", "ahora",
        "nada", "todo", "nadie", "vida", "pecho", "dolor", "urgente", "emergencia",

        // Everyday words of a Spanish search about care, time, money and family that no English search uses, so
        // that "cuantos dias dura el detox" (one small word beside an English one) is read as Spanish too. Left out:
        // words English searches also type ("no", "solo", "usa", and those above).
        "hacen", "cuanto", "cuantos", "cuanta", "cuantas", "dia", "dias", "tiempo", "dura", "cuesta", "costo", "precio",
        "pagar", "seguro", "trabajo",
        "empleo", "llamar", "hablar", "telefono", "numero", "horario", "visitas", "visitar", "dejar", "tomar", "beber",
        "bebe", "toma", "usando", "consumo", "adiccion", "ayudar", "familia", "hijos", "hijas", "padres", "nino", "ninos",
        "despues", "antes", "mientras", "otra", "otro", "mismo", "salir", "seguir", "sigue", "pasa", "saber",
        "recuperacion", "rehabilitacion", "internado", "desintoxicacion", "programa", "cerca", "gratis", "receta",
        "farmacia", "medicamentos", "alcoholismo", "anos", "casa", "semana", "noche",
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

    /// <summary>A word as <see cref="Of"/> reads it: lower case, without accents ("qué" is "que").</summary>
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
