using Lucene.Net.Analysis;

namespace HarrisHouse.Search.Analysis.Synonyms;

/// <summary>
/// Query-time synonyms in the Solr format (<c>rehab, treatment</c> for equivalents, <c>percs =&gt; percocet</c>
/// for one-way rules). Phrases are analysed with the text analyser, so rules match stemmed query terms and
/// multi-word synonyms ("sober living" / "transitional housing") match as whole spans.
/// </summary>
internal sealed class SynonymSet
{
    private readonly Dictionary<string, List<SynonymRule>> _rulesByFirstTerm;

    private SynonymSet(Dictionary<string, List<SynonymRule>> rulesByFirstTerm, int ruleCount, IReadOnlySet<string> joinablePhrases, IReadOnlySet<string> words)
    {
        _rulesByFirstTerm = rulesByFirstTerm;
        RuleCount = ruleCount;
        JoinablePhrases = joinablePhrases;
        Words = words;
    }

    public static SynonymSet Empty { get; } = new([], 0, new HashSet<string>(), new HashSet<string>());

    /// <summary>
    /// The rules' words as written, lower-cased ("intervention", "staging", "narcan"): words people use that the
    /// site's own text may lack. Spelling never corrects one, and corrects a slip of one to it.
    /// </summary>
    public IReadOnlySet<string> Words { get; }

    public int RuleCount { get; }

    /// <summary>Every phrase of the rules that the index can hold as one term (<see cref="SynonymPhrase.IsJoinable"/>), as that term.</summary>
    public IReadOnlySet<string> JoinablePhrases { get; }

    public static SynonymSet Load(string path, Analyzer analyzer)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The synonyms file '{Path.GetFullPath(path)}' does not exist.", path);
        }

        return Parse(File.ReadAllLines(path), analyzer, path);
    }

    public static SynonymSet Parse(IEnumerable<string> lines, Analyzer analyzer, string source = "synonyms")
    {
        var rules = new Dictionary<string, List<SynonymRule>>(StringComparer.Ordinal);
        var joinable = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var left = Phrases(arrow >= 0 ? line[..arrow] : line, analyzer);
            var right = arrow >= 0 ? Phrases(line[(arrow + 2)..], analyzer) : left;
            if (left.Count == 0 || right.Count == 0 || (arrow < 0 && left.Count < 2))
            {
                throw new FormatException($"{source}:{lineNumber}: '{raw.Trim()}' is not a synonym rule; write 'a, b, c' or 'a, b => c'.");
            }

            words.UnionWith(WordsOf(line));
            joinable.UnionWith(left.Concat(right).Where(phrase => phrase.IsJoinable).Select(phrase => phrase.Text));
            foreach (var match in left)
            {
                var alternatives = right.Where(r => !r.Words.SequenceEqual(match.Words)).ToList();
                if (alternatives.Count == 0)
                {
                    continue;
                }

                if (!rules.TryGetValue(match.Words[0], out var list))
                {
                    rules[match.Words[0]] = list = [];
                }

                var existing = list.FindIndex(r => r.Match.SequenceEqual(match.Words));
                if (existing >= 0)
                {
                    var merged = list[existing].Alternatives.Concat(alternatives).DistinctBy(a => a.Text).ToList();
                    list[existing] = list[existing] with { Alternatives = merged };
                }
                else
                {
                    list.Add(new SynonymRule(match.Words, alternatives));
                    count++;
                }
            }
        }

        foreach (var list in rules.Values)
        {
            list.Sort((a, b) => b.Match.Count.CompareTo(a.Match.Count));
        }

        return new SynonymSet(rules, count, joinable, words);
    }

    /// <summary>
    /// The words that a rule of one word matches and that start with <paramref name="prefix"/> (analysed, as rules
    /// match): how the search box completes a word still being typed ("tratam": tratamiento).
    /// </summary>
    public IEnumerable<string> OneWordMatchesStartingWith(string prefix) =>
        _rulesByFirstTerm
            .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal) && entry.Value.Exists(rule => rule.Match.Count == 1))
            .Select(entry => entry.Key);

    /// <summary>The longest rule whose phrase starts at <paramref name="start"/> in <paramref name="terms"/>, if any.</summary>
    public SynonymRule? LongestMatchAt(IReadOnlyList<string> terms, int start)
    {
        if (!_rulesByFirstTerm.TryGetValue(terms[start], out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            if (start + rule.Match.Count <= terms.Count && Matches(terms, start, rule.Match))
            {
                return rule;
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<string> terms, int start, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i < phrase.Count; i++)
        {
            if (terms[start + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static List<SynonymPhrase> Phrases(string list, Analyzer analyzer) =>
        list.Split(',')
            .Select(part => SiteAnalyzers.Analyze(analyzer, "synonym", part))
            .Where(terms => terms.Count > 0)
            .Select(SynonymPhrase.Of)
            .DistinctBy(phrase => phrase.Text)
            .ToList();

    private static IEnumerable<string> WordsOf(string line) =>
        line.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.All(char.IsLetter))
            .Select(word => word.ToLowerInvariant());

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }
}
