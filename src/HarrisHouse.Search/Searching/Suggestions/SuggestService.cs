using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Suggestions;

/// <summary>
/// Search-as-you-type: page titles whose words start with what was typed (one edit forgiven on longer
/// words), then, for a Spanish search, titles by its words' English rendering (<see cref="SpanishReading"/>), then
/// frequent phrases of the content. Lexical only, to keep up with keystrokes.
/// </summary>
public sealed class SuggestService
{
    private readonly LiveIndex _index;
    private readonly Safety.CrisisDetector? _crisis;
    private readonly Curation.SynonymSource? _synonyms;
    private readonly SearchService? _search;

    internal SuggestService(LiveIndex index, int cachedAnswers = 5_000, Safety.CrisisDetector? crisis = null, Curation.SynonymSource? synonyms = null, SearchService? search = null)
    {
        _index = index;
        _search = search;
        _crisis = crisis;
        _synonyms = synonyms;
        _stems = SiteAnalyzers.Text(index.Options.Index.Stemmer);
        _answers = new(cachedAnswers);
    }

    private readonly Lucene.Net.Analysis.Analyzer _stems;

    private const int TypoMinLength = 4;

    /// <summary>
    /// The search's best pages a dropdown adds after the titles at most, leaving room for phrases that refine the search.
    /// </summary>
    private const int MaxResultPages = 3;

    /// <summary>Phrases are rebuilt after live updates at most this often; titles are always live.</summary>
    private static readonly TimeSpan PhraseRefreshInterval = TimeSpan.FromSeconds(30);

    private PhraseCache? _phrases;

    public SuggestResult Suggest(string query, int limit)
    {
        LookupLimits.Assert(LookupLimits.CheckSuggest(query, limit));

        var words = SiteAnalyzers.Analyze(SiteAnalyzers.Words, IndexSchema.TitleWords, query).Select(t => Truncate(t.Text)).ToList();
        if (words.Count == 0)
        {
            return WithCrisis(new SuggestResult(query, []));
        }

        using var lease = _index.Acquire();

        // Answers are remembered per reader, per phrase list, per synonyms file and per version of staff's rules: a
        // refreshed list or an edited file is not hidden behind old answers. They are remembered by what was typed,
        // not only by its words: the search's pages complete a last word with no space after it ("detox" and
        // "detox " are two answers) and read quotes as a phrase.
        var phrases = PhrasesFor(lease);
        var synonyms = _synonyms?.Current();
        var rules = _search?.CurrentRules();
        var key = (query.TrimStart().ToLowerInvariant(), limit, phrases.BuiltUtc, synonyms?.Version ?? 0, rules?.Version ?? 0);
        var suggestions = _answers.GetOrAdd(lease.Searcher.IndexReader, key, _ => Compute(lease, phrases.Phrases, query, words, synonyms?.Set, rules, limit));
        return WithCrisis(new SuggestResult(query, suggestions));
    }

    /// <summary>Whether what is typed so far already signals an emergency, a last word still being typed read as such (never cached: the phrases can change).</summary>
    private SuggestResult WithCrisis(SuggestResult result)
    {
        var signal = (_crisis ?? Safety.CrisisDetector.None).DetectWhileTyping(result.Query);
        return result with { Crisis = signal.Signals, CrisisLanguage = signal.Language };
    }

    private readonly ReaderCache<(string Typed, int Limit, DateTimeOffset PhrasesBuilt, long SynonymsVersion, long RulesVersion), IReadOnlyList<Suggestion>> _answers;

    /// <param name="synonyms">The synonyms a Spanish search's words are rendered in English by (<see cref="SpanishReading"/>), or null.</param>
    /// <param name="rules">Staff's rules the search's own pages are ranked with (null without the search).</param>
    private List<Suggestion> Compute(SearcherLease lease, PhraseDictionary phrases, string query, List<string> words, Analysis.Synonyms.SynonymSet? synonyms, Curation.RuleSnapshot? rules, int limit)
    {
        // Titles one slip from what is typed come after the search's own pages: "suic" is the start of "suicide"
        // before it is a slip from "succ" ("Alumni Success Stories").
        var matching = Titles(lease.Searcher, words, limit);
        var suggestions = matching.Where(t => StartsEveryWord(t.Text, words)).ToList();
        var slips = matching.Except(suggestions).ToList();
        if (suggestions.Count < limit && synonyms is not null
            && SpanishReading.Of(query, _stems, synonyms, completeLastWord: suggestions.Count == 0) is { } reading)
        {
            // Titles with any of the words, those with more first: an English title rarely holds every word of a
            // Spanish search ("tratamiento para mi hijo": treatment, son).
            var english = Titles(lease.Searcher, [.. reading.Rendered.Concat(reading.Kept).Select(Truncate)], limit, everyWord: false);
            AddNewPages(suggestions, english, limit - suggestions.Count);
        }

        if (suggestions.Count < limit && _search is not null && rules is not null)
        {
            // The search's own best pages after the titles: "visiting hours" names no title, yet the page
            // that answers it is the search's first (dotnet $E suggest, load-tests/README "Stop 65").
            var results = _search.Instant(lease.Searcher, query, limit, rules)
                .Select(doc => IndexSchema.LoadItem(lease.Searcher.IndexReader, doc, withText: false))
                .Where(item => !item.IsListing)
                .Select(item => new Suggestion(item.Title, SuggestionKind.Result, item.Url, item.Type));
            AddNewPages(suggestions, results, Math.Min(MaxResultPages, limit - suggestions.Count));
        }

        if (suggestions.Count < limit)
        {
            AddNewPages(suggestions, slips, limit - suggestions.Count);
        }

        if (suggestions.Count < limit)
        {
            var titles = suggestions.Select(s => s.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var phrase in DistinctStems(Phrases(phrases, lease.Searcher.IndexReader, words, limit * 3)))
            {
                if (suggestions.Count >= limit)
                {
                    break;
                }

                if (titles.Add(phrase))
                {
                    suggestions.Add(new Suggestion(phrase, SuggestionKind.Phrase, null, null));
                }
            }
        }

        return suggestions;
    }

    /// <summary>Adds up to <paramref name="room"/> of the pages not offered yet, in their order (read lazily: no more are loaded than are added).</summary>
    private static void AddNewPages(List<Suggestion> suggestions, IEnumerable<Suggestion> pages, int room)
    {
        var urls = suggestions.Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        suggestions.AddRange(pages.Where(s => urls.Add(s.Url)).Take(room));
    }

    /// <summary>Whether each typed word starts a word of the title as typed, no slip forgiven (as <see cref="TitleWordQuery"/> reads both).</summary>
    private static bool StartsEveryWord(string title, List<string> words)
    {
        var titleWords = SiteAnalyzers.Analyze(SiteAnalyzers.Words, IndexSchema.TitleWords, title);
        return words.All(word => titleWords.Any(t => t.Text.StartsWith(word, StringComparison.Ordinal)));
    }

    /// <param name="everyWord">A title must start every word (as typed), or any of them (as rendered from Spanish).</param>
    private static List<Suggestion> Titles(IndexSearcher searcher, IReadOnlyList<string> words, int limit, bool everyWord = true)
    {
        var query = new BooleanQuery();
        var wordClauses = everyWord ? query : new BooleanQuery();
        foreach (var word in words)
        {
            wordClauses.Add(TitleWordQuery.For(searcher.IndexReader, word, forgiveSlip: word.Length >= TypoMinLength), everyWord ? Occur.MUST : Occur.SHOULD);
        }

        if (!everyWord)
        {
            query.Add(wordClauses, Occur.MUST);
        }

        query.Add(new TermQuery(new Term(IndexSchema.Listing, IndexSchema.ListingValue)), Occur.MUST_NOT);
        query.Add(IndexSchema.HiddenItems(), Occur.MUST_NOT);
        return searcher.Search(query, limit).ScoreDocs
            .Select(hit => IndexSchema.LoadItem(searcher.IndexReader, hit.Doc, withText: false))
            .Select(item => new Suggestion(item.Title, SuggestionKind.Page, item.Url, item.Type))
            .ToList();
    }

    private static IEnumerable<string> Phrases(PhraseDictionary phrases, IndexReader reader, List<string> words, int limit)
    {
        var typed = string.Join(' ', words);
        var found = phrases.Complete(typed, limit);
        if (found.Count > 0 || words[^1].Length < TypoMinLength)
        {
            return found;
        }

        // Nothing starts with what was typed: try the closest prefix of a known title word for the last word.
        var corrected = TitleWordQuery.ClosestPrefix(reader, words[^1]);
        return corrected is null ? [] : phrases.Complete(string.Join(' ', words.SkipLast(1).Append(corrected)), limit);
    }

    /// <summary>"opioid" and "opioids" are one suggestion: the first (most used) spelling of each stem stays.</summary>
    private IEnumerable<string> DistinctStems(IEnumerable<string> phrases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var stem = string.Join(' ', SiteAnalyzers.Analyze(_stems, IndexSchema.Body, phrase).Select(t => t.Text));
            if (seen.Add(stem.Length == 0 ? phrase : stem))
            {
                yield return phrase;
            }
        }
    }

    private PhraseCache PhrasesFor(SearcherLease lease)
    {
        var reader = lease.Searcher.IndexReader;
        var cached = Volatile.Read(ref _phrases);
        var fresh = cached is not null
            && cached.Generation == lease.Generation.Name
            && (ReferenceEquals(cached.Reader, reader) || _index.Options.TimeProvider.GetUtcNow() - cached.BuiltUtc < PhraseRefreshInterval);
        if (fresh)
        {
            return cached!;
        }

        var rebuilt = new PhraseCache(lease.Generation.Name, reader, PhraseDictionary.Build(reader), _index.Options.TimeProvider.GetUtcNow());
        Volatile.Write(ref _phrases, rebuilt);
        return rebuilt;
    }

    /// <summary>A typed word is matched by its first 20 characters: older generations held title prefixes no longer (<see cref="IndexSchema.TitlePrefix"/>).</summary>
    private static string Truncate(string word) => word.Length > MaxTypedLength ? word[..MaxTypedLength] : word;

    private const int MaxTypedLength = 20;

    private sealed record PhraseCache(string Generation, IndexReader Reader, PhraseDictionary Phrases, DateTimeOffset BuiltUtc);
}
