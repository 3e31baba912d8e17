using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Turns a parsed <see cref="UserQuery"/> into a Lucene query: BM25 over weighted fields, synonyms as
/// alternatives for whole spans, typo tolerance for rare words, the word being typed as a prefix, a boost
/// for words found together, and a boost for treatment and addiction pages the query names.
/// </summary>
internal sealed class LexicalQueryBuilder(RankingSettings ranking, Analyzer textAnalyzer, SynonymSource synonyms)
{
    private readonly IReadOnlyList<(string Field, float Weight)> _fields = ranking.FieldWeights();
    private readonly string[][] _siteName = [[.. SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, ranking.SiteName).Select(t => t.Text)]];
    private readonly string[][] _nearness = [.. SiteMention.NearnessPhrases.Select(p => SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, p).Select(t => t.Text).ToArray())];
    private static readonly IReadOnlyList<(string Field, float Weight)> SubjectField = [(IndexSchema.Subject, 1f)];
    private readonly HashSet<string> _genericSubjectWords = [.. SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, "treatment program").Select(t => t.Text)];

    public LexicalQuery Build(UserQuery query, IndexReader reader, bool relaxed = false)
    {
        var slots = Slots(query);
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var typed = new HashSet<string>(slots.Select(s => s.Term), StringComparer.Ordinal);
        var set = synonyms.Current().Set;
        var common = new List<bool>();
        var fields = InIndex(_fields, reader);
        var lookup = new TermLookup(reader);
        var words = Groups(slots, fields, set, lookup, highlight, realWordsAsTyped: !query.IsSpanish, common);
        var groups = words.ConvertAll(w => w.Clause);
        var outer = new RequiredWithOptionalQuery();
        var positive = false;
        if (groups.Count > 0)
        {
            outer.Add(Core(groups, common, relaxed), Occur.MUST);
            positive = true;
            if (Proximity(slots, lookup) is { } proximity)
            {
                outer.Add(proximity, Occur.SHOULD);
            }

            // A page's subject counts only when it is what the query is about: it must cover more than half its
            // words, so "mixing xanax and alcohol" and "anxiety and alcohol" favour the posts on exactly that over
            // the topic pages (with half, one topic of two lifted its page; chosen on the tune half).
            if (InIndex(SubjectField, reader).Count > 0)
            {
                outer.Add(Subject(slots, set, lookup, realWordsAsTyped: !query.IsSpanish), Occur.SHOULD);
            }
        }

        foreach (var phrase in query.Phrases)
        {
            var terms = SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, phrase);
            if (terms.Count > 0)
            {
                var clause = Fields(fields, field => Phrase(lookup, field, terms, slop: 0));
                outer.Add(clause, Occur.MUST);
                words.Add(new WordClause($"\"{phrase}\"", clause));
                highlight.UnionWith(terms.Select(t => t.Text));
                typed.UnionWith(terms.Select(t => t.Text));
                positive = true;
            }
        }

        var exclusions = query.Excluded.Select(excluded => SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, excluded)).Where(terms => terms.Count > 0).ToList();

        // Only an empty query browses, or one that only leaves words out ("-blog"). Words that analyse to nothing
        // (a 400-letter "word" the tokenizer drops, only stop words, "--", "-the") match nothing: finding everything
        // for them would be a lie.
        var browse = !positive && query.Words.Count == 0 && query.Phrases.Count == 0 && (query.IsBlank || exclusions.Count > 0);
        if (browse)
        {
            outer.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else if (!positive)
        {
            return new LexicalQuery(new BooleanQuery(), 0, IsBrowse: false, Relaxed: false, highlight, typed, []);
        }

        foreach (var terms in exclusions)
        {
            outer.Add(Fields(fields, field => Phrase(lookup, field, terms, slop: 0)), Occur.MUST_NOT);
        }

        var reading = query.IsSpanish && words.Count > 0 ? string.Join(' ', words.Select(w => w.Rendered is { } english ? string.Join(' ', english.Words) : w.Typed)) : null;
        return new LexicalQuery(outer, groups.Count, IsBrowse: browse, Relaxed: relaxed && groups.Count > 1, highlight, typed, words, reading);
    }

    /// <summary>
    /// The words of <paramref name="text"/> as the index holds them (stemmed, less stop words), question words included,
    /// without apostrophes: a phone types "cant" for "can't".
    /// </summary>
    public IReadOnlyList<string> Terms(string text) => [.. SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, text).Select(t => t.Text.Replace("'", "", StringComparison.Ordinal))];

    private Query Subject(List<QuerySlot> slots, SynonymSet set, TermLookup lookup, bool realWordsAsTyped)
    {
        // "treatment" and "program" name every program page: in "opioid treatment program" they made every
        // program the subject; what the query is about is opioids.
        var specific = slots.Where(s => !_genericSubjectWords.Contains(s.Term)).ToList();
        var subjectGroups = Groups(specific.Count > 0 ? specific : slots, SubjectField, set, lookup, highlight: null, realWordsAsTyped).ConvertAll(w => w.Clause);
        if (subjectGroups.Count == 1)
        {
            // One group must match: that is the group itself, which Lucene scores without a boolean scorer around it.
            var only = subjectGroups[0];
            only.Boost *= ranking.SubjectBoost;
            return only;
        }

        var subject = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = (subjectGroups.Count / 2) + 1 };
        foreach (var group in subjectGroups)
        {
            subject.Add(group, Occur.SHOULD);
        }

        subject.Boost = ranking.SubjectBoost;
        return subject;
    }

    /// <summary>
    /// The fields with words in some document of the index: a clause on a field without any finds nothing and
    /// scores nothing, yet Lucene still looks the term and the field's statistics up for it (NFCorpus fills two of six).
    /// </summary>
    private static IReadOnlyList<(string Field, float Weight)> InIndex(IReadOnlyList<(string Field, float Weight)> fields, IndexReader reader) =>
        fields.Where(f => reader.Leaves.Any(leaf => leaf.AtomicReader.GetTerms(f.Field) is not null)).ToList();

    private List<QuerySlot> Slots(UserQuery query)
    {
        var text = string.Join(' ', query.Words);
        var lastWordStart = query.Words.Count == 0 ? int.MaxValue : text.Length - query.Words[^1].Length;
        var terms = SiteAnalyzers.Analyze(textAnalyzer, IndexSchema.Body, text);
        var slots = new List<QuerySlot>(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var typing = !query.LastWordComplete && i == terms.Count - 1 && term.StartOffset >= lastWordStart && term.EndOffset == text.Length;
            slots.Add(new QuerySlot(term.Text, text[term.StartOffset..term.EndOffset].ToLowerInvariant(), term.Position, typing));
        }

        // Nearness goes before the question words, since "me" is one of them ("detox near me").
        var isQuestionWord = QuestionWordsOf(query);
        var near = Without(slots, _nearness);
        var located = near.Exists(s => !isQuestionWord(s)) ? near : slots;
        // A question word ending the search is one too ("can my wife visit me" needed "me"): searches come submitted.
        var meaningful = located.Where(s => !isQuestionWord(s)).ToList();
        meaningful = meaningful.Count > 0 ? meaningful : located;
        var subject = Without(meaningful, _siteName);
        return subject.Count > 0 ? subject : meaningful;
    }

    /// <summary>A question's small words: English ones always, Spanish ones in a Spanish search ("ayuda para mi hijo").</summary>
    private static Func<QuerySlot, bool> QuestionWordsOf(UserQuery query) =>
        query.IsSpanish
            ? s => SiteAnalyzers.QuestionWords.Contains(s.Surface) || SiteAnalyzers.SpanishQuestionWords.Contains(QueryLanguage.Fold(s.Surface))
            : s => SiteAnalyzers.QuestionWords.Contains(s.Surface);

    /// <summary>The slots less every complete mention of the site (<see cref="SiteMention"/>): its name, or nearness to it.</summary>
    private static List<QuerySlot> Without(List<QuerySlot> slots, string[][] mentions)
    {
        var kept = new List<QuerySlot>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
        {
            // A mention's last word may be the one being typed: typed in full ("… harris house"), it is the mention.
            var at = i;
            var mention = mentions.FirstOrDefault(terms => terms.Length > 0 && at + terms.Length <= slots.Count
                && terms.Select((term, k) => slots[at + k].Term == term).All(same => same));
            if (mention is not null)
            {
                i += mention.Length - 1;
                continue;
            }

            kept.Add(slots[i]);
        }

        return kept;
    }

    /// <summary>One clause per word, or per span of words that a synonym rule covers, with the words as typed.</summary>
    private List<WordClause> Groups(List<QuerySlot> slots, IReadOnlyList<(string Field, float Weight)> fields, SynonymSet synonymSet, TermLookup lookup, HashSet<string>? highlight, bool realWordsAsTyped, List<bool>? common = null)
    {
        var groups = new List<WordClause>();
        var terms = slots.Select(s => s.Term).ToList();
        for (var i = 0; i < slots.Count;)
        {
            var rule = synonymSet.LongestMatchAt(terms, i);
            var span = rule?.Match.Count ?? 1;
            highlight?.UnionWith(slots.Skip(i).Take(span).Select(s => s.Term));
            highlight?.UnionWith(rule?.Alternatives.SelectMany(a => a.Words) ?? []);
            var original = span == 1
                ? Word(slots[i], fields, lookup, highlight, realWordsAsTyped)
                : Fields(fields, field => Phrase(lookup, field, slots.Skip(i).Take(span).Select((s, k) => new AnalyzedTerm(s.Term, k, 0, 0)).ToList(), slop: 1));
            common?.Add(rule is null && IsCommon(slots[i], lookup));
            var surface = string.Join(' ', slots.Skip(i).Take(span).Select(s => s.Surface));
            if (rule is null)
            {
                groups.Add(new WordClause(surface, original));
            }
            else
            {
                // The best of the word and its synonyms counts, not their sum: a page saying both "rehab" and
                // "addiction treatment" is not twice as relevant to "rehab".
                var group = new BestOfQuery(ranking.SynonymTieBreaker) { original };
                var typed = terms.Skip(i).Take(span).ToList();
                foreach (var alternative in rule.Alternatives.Where(a => !ContainsInOrder(a.Words, typed)))
                {
                    var clause = Alternative(alternative, fields, lookup);
                    clause.Boost = ranking.SynonymWeight;
                    group.Add(clause);
                }

                groups.Add(new WordClause(surface, group, rule.Alternatives[0]));
            }

            i += span;
        }

        return groups;
    }

    /// <summary>
    /// A synonym phrase in every field: one term where the index holds the phrase joined (it does wherever the
    /// phrase occurs, in a generation built with it: <see cref="GenerationManifest.SynonymPhrases"/>), else a phrase query.
    /// </summary>
    private Query Alternative(SynonymPhrase alternative, IReadOnlyList<(string Field, float Weight)> fields, TermLookup lookup)
    {
        var joined = alternative.IsJoinable && fields.Any(f => lookup.DocFreq(f.Field, alternative.Text) > 0);
        if (joined)
        {
            return Fields(fields, field => lookup.Query(field, alternative.Text));
        }

        var terms = alternative.Words.Select((t, k) => new AnalyzedTerm(t, alternative.Positions[k], 0, 0)).ToList();
        return Fields(fields, field => Phrase(lookup, field, terms, slop: 0));
    }

    /// <summary>
    /// Whether <paramref name="alternative"/> holds <paramref name="typed"/> as a run of its words ("medical detox"
    /// holds "detox"): every page it finds, the words typed find already, so it would only cost a phrase per field.
    /// </summary>
    private static bool ContainsInOrder(IReadOnlyList<string> alternative, IReadOnlyList<string> typed)
    {
        for (var start = 0; start + typed.Count <= alternative.Count; start++)
        {
            if (typed.Select((t, k) => alternative[start + k] == t).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An English word the site never uses: what the visitor meant, unless a thumb slipped
    /// (<see cref="Safety.WordEdits.OneKeySlipApart"/>). "prison" is not read as "poison", "horses" not as "house";
    /// "impatient" is still "inpatient" and "addition" "addiction". (A last word with no space after it still
    /// completes to longer words of the site: that is not a slip.)
    /// </summary>
    private static bool IsRealWordTheSiteLacks(QuerySlot slot, TermLookup lookup) =>
        Frequency(slot, lookup) == 0 && Spelling.EnglishWords.Contains(Lowered(slot));

    /// <summary>How many items hold the word in their body or title: a rare word is the one a slip may have made.</summary>
    private static int Frequency(QuerySlot slot, TermLookup lookup) =>
        lookup.DocFreq(IndexSchema.Body, slot.Term) + lookup.DocFreq(IndexSchema.Title, slot.Term);

    /// <summary>A single word: exact, plus close spellings if it is rare, plus completions if it is being typed.</summary>
    /// <param name="realWordsAsTyped">An English search: a real word the site lacks widens only to a thumb's slips (<see cref="IsRealWordTheSiteLacks"/>).</param>
    private Query Word(QuerySlot slot, IReadOnlyList<(string Field, float Weight)> fields, TermLookup lookup, HashSet<string>? highlight, bool realWordsAsTyped)
    {
        var exact = Fields(fields, field => lookup.Query(field, slot.Term));
        var edits = AllowedEdits(slot, lookup);
        var typing = slot.IsBeingTyped && slot.Surface.Length >= ranking.PrefixMinLength
            && (ranking.CompleteWholeWords || lookup.DocFreq(IndexSchema.Body, slot.Term) == 0);
        if (edits == 0 && !typing)
        {
            return exact;
        }

        var word = new BooleanQuery(disableCoord: true) { { exact, Occur.SHOULD } };
        if (edits > 0)
        {
            // Close spellings of the word as typed and of its stem: a stemmer can mangle a misspelling
            // ("fentanly" loses its "ly"), or be what brings it close ("boundries" stems to "boundry").
            var forms = new[] { Lowered(slot), slot.Term }.Distinct(StringComparer.Ordinal).ToArray();
            var realWord = realWordsAsTyped && IsRealWordTheSiteLacks(slot, lookup);
            var close = forms
                .SelectMany(form => TypoExpansion.Closest(lookup.Reader, IndexSchema.Body, form, edits))
                .Where(t => t.Term != slot.Term)
                .Where(t => !realWord || forms.Any(form => Safety.WordEdits.OneKeySlipApart(form, t.Term)))
                .DistinctBy(t => t.Term)
                .Take(ranking.FuzzyMaxExpansions);
            foreach (var (term, similarity, _) in close)
            {
                highlight?.Add(term);
                var fuzzy = Fields(fields, field => lookup.Query(field, term));
                fuzzy.Boost = ranking.FuzzyWeight * similarity;
                word.Add(fuzzy, Occur.SHOULD);
            }
        }

        if (typing)
        {
            var completions = PrefixExpansion.MostFrequent(lookup.Reader, IndexSchema.Body, Lowered(slot), ranking.PrefixMaxExpansions)
                .Where(c => c.Term != slot.Term)
                .ToList();
            if (completions.Count > 0)
            {
                var completion = new BooleanQuery(disableCoord: true);
                foreach (var (term, _) in completions)
                {
                    highlight?.Add(term);
                    completion.Add(Fields(fields, field => lookup.Query(field, term)), Occur.SHOULD);
                }

                completion.Boost = ranking.PrefixWeight;
                word.Add(completion, Occur.SHOULD);
            }
        }

        return word;
    }

    /// <summary>The word as typed, lower-cased and accent-folded like the index, but not stemmed.</summary>
    private static string Lowered(QuerySlot slot) =>
        SiteAnalyzers.Analyze(SiteAnalyzers.Words, IndexSchema.Spelling, slot.Surface).FirstOrDefault().Text ?? slot.Term;

    private int AllowedEdits(QuerySlot slot, TermLookup lookup)
    {
        var length = slot.Surface.Length;
        if (length < ranking.OneTypoMinLength || slot.Surface.Any(char.IsDigit))
        {
            return 0;
        }

        if (Frequency(slot, lookup) >= ranking.FuzzyWhenDocumentFrequencyBelow)
        {
            return 0;
        }

        return length >= ranking.TwoTyposMinLength ? 2 : 1;
    }

    /// <summary>A word in so many items that requiring it says little ("program", "treatment").</summary>
    private bool IsCommon(QuerySlot slot, TermLookup lookup) =>
        ranking.CommonWordShare is { } share && lookup.Reader.NumDocs > 0
        && lookup.DocFreq(IndexSchema.Body, slot.Term) > share * lookup.Reader.NumDocs;

    private Query Core(List<Query> groups, List<bool> common, bool relaxed)
    {
        // Common words count when found but are not required, as long as a rarer word is: "detox program" must
        // find the detox page, which never says "program" (after Lucene's CommonTermsQuery).
        var rare = groups.Where((_, i) => !common[i]).ToList();
        if (relaxed || rare.Count == 0 || rare.Count == groups.Count || ranking.MinimumWordsToMatch(groups.Count) <= 1)
        {
            return Matching(groups, relaxed);
        }

        var withCommon = new BooleanQuery { { Matching(rare, relaxed: false), Occur.MUST } };
        foreach (var group in groups.Where((_, i) => common[i]))
        {
            withCommon.Add(group, Occur.SHOULD);
        }

        return withCommon;
    }

    /// <summary>The groups, all or most of them required (one when relaxed).</summary>
    private Query Matching(List<Query> groups, bool relaxed)
    {
        if (groups.Count == 1)
        {
            return groups[0];
        }

        var core = new BooleanQuery();
        foreach (var group in groups)
        {
            core.Add(group, Occur.SHOULD);
        }

        core.MinimumNumberShouldMatch = relaxed ? 1 : ranking.MinimumWordsToMatch(groups.Count);
        return core;
    }

    /// <summary>
    /// Rewards the words appearing close together, in the title or the body. Only for queries of a few words:
    /// a long question almost never occurs as one sloppy phrase, and checking costs time on every match.
    /// </summary>
    private Query? Proximity(List<QuerySlot> slots, TermLookup lookup)
    {
        if (slots.Count is < 2 or > MaxProximityWords)
        {
            return null;
        }

        var terms = slots.Select(s => new AnalyzedTerm(s.Term, s.Position, 0, 0)).ToList();
        var proximity = new BooleanQuery(disableCoord: true)
        {
            { Weighted(Phrase(lookup, IndexSchema.Title, terms, ranking.PhraseSlop), ranking.TitleWeight), Occur.SHOULD },
            { Weighted(Phrase(lookup, IndexSchema.Body, terms, ranking.PhraseSlop), ranking.BodyWeight), Occur.SHOULD },
        };
        proximity.Boost = ranking.PhraseBoost;
        return proximity;
    }

    private const int MaxProximityWords = 6;

    private Query Fields(IReadOnlyList<(string Field, float Weight)> fields, Func<string, Query> perField)
    {
        if (fields.Count == 1)
        {
            return Weighted(perField(fields[0].Field), fields[0].Weight);
        }

        var query = new BestOfQuery(ranking.FieldTieBreaker);
        foreach (var (field, weight) in fields)
        {
            query.Add(Weighted(perField(field), weight));
        }

        return query;
    }

    private static Query Phrase(TermLookup lookup, string field, IReadOnlyList<AnalyzedTerm> terms, int slop)
    {
        if (terms.Count == 1)
        {
            return lookup.Query(field, terms[0].Text);
        }

        var phrase = new BoundedPhraseQuery { Slop = slop };
        var first = terms[0].Position;
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term.Text), term.Position - first);
        }

        return phrase;
    }

    private static Query Weighted(Query query, float weight)
    {
        query.Boost = weight;
        return query;
    }
}
