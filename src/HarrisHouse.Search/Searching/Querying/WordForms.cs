namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// The "-ing" form of a word and the word itself, which KStem keeps apart. KStem leaves an "-ing" word alone when its
/// dictionary lists it as a word of its own ("visiting", "smoking", "walking", "craving", "coping", "feeling"), so
/// "can my wife visit me" never met the contact page's "visiting hours", nor "quit smoking" a page on smoke. A query
/// word is searched in its other forms too, those the index holds (<see cref="LexicalQueryBuilder"/>).
/// </summary>
internal static class WordForms
{
    /// <summary>
    /// Words ending in "-ing" that are not a verb's form: "evening" is not "even", nor "outing" "out". KStem keeps all
    /// of them, so without this list they would be read as the shorter word.
    /// </summary>
    private static readonly HashSet<string> NotVerbForms = new(StringComparer.Ordinal)
    {
        "evening", "morning", "during", "ceiling", "wedding", "pudding", "outing", "sibling", "thing", "nothing",
        "something", "anything", "everything", "spring", "string", "king", "ring", "sing", "bring", "wing", "swing",
        "sting", "awning", "herring", "darling", "kidding", "bedding", "lightning", "offspring", "earring",
    };

    private const int MinLength = 3;

    /// <summary>
    /// The other forms of a stemmed word: the word an "-ing" form is made from ("visiting": visit, visite; "smoking":
    /// smok, smoke; "stopping": stopp, stop), or the "-ing" forms of a word ("visit": visiting; "smoke": smoking;
    /// "stop": stoping, stopping). Candidates only: the caller keeps those the index holds.
    /// </summary>
    public static IEnumerable<string> Of(string term)
    {
        if (term.Length < MinLength || NotVerbForms.Contains(term) || !term.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        if (term.EndsWith("ing", StringComparison.Ordinal))
        {

            var root = term[..^3];
            if (root.Length < MinLength || !root.Any(IsVowel))
            {
                yield break;
            }

            yield return root;
            yield return root + "e";
            if (root[^1] == root[^2] && !IsVowel(root[^1]))
            {
                yield return root[..^1];
            }

            yield break;
        }

        var stem = term.EndsWith('e') && !term.EndsWith("ee", StringComparison.Ordinal) ? term[..^1] : term;
        foreach (var form in new[] { stem + "ing", term + term[^1] + "ing" }.Where(f => !NotVerbForms.Contains(f)))
        {
            yield return form;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
