using System.Globalization;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// The one definition of the index's fields: their names, how each is analysed and stored, and what it is
/// used for. Everything that writes or reads documents goes through here.
/// </summary>
internal static partial class IndexSchema
{
    // Identity: exact, stored. The URL is the key for updates and lookups.
    public const string Url = "url";
    public const string Id = "id";

    // Full text, analysed by the text chain (stemmed), in four tiers of weight: title, then the lead
    // (summary and headings), then the labels (categories and tags), then the body.
    public const string Title = "title";
    public const string Lead = "lead";
    public const string Labels = "labels";
    public const string Body = "body";

    // The title and body as stored when the generation has a word list (StoredWords): in its numbers.
    public const string CodedTitle = "title_coded";
    public const string CodedBody = "body_coded";

    // Stored as written, to show the item and rebuild it; searched through the tiers above.
    public const string Summary = "summary";
    public const string Headings = "headings";
    public const string Categories = "categories";
    public const string Tags = "tags";

    /// <summary>
    /// Staff's search phrases (how people ask for the item): stored, and analysed by the text chain as a tier of
    /// its own. Searched, never shown; scored without length normalisation, since few items have any.
    /// </summary>
    public const string SearchPhrases = "search_phrases";

    /// <summary>Title of treatment and addiction pages only: a query naming it boosts the page (people want the program page).</summary>
    public const string Subject = "subject";

    // Facets and filters: exact terms for filtering plus sorted-set doc values for counting.
    public const string Type = "type";
    public const string Category = "category";
    public const string Year = "year";

    /// <summary>Exact tags, for tag overlap in related content.</summary>
    public const string Tag = "tag";

    /// <summary>Publication date as yyyymmdd doc values, for sorting by date; stored as ISO text for display.</summary>
    public const string Published = "published";

    public const string Author = "author";
    public const string Listing = "listing";

    /// <summary>
    /// Present (stored and indexed, as <see cref="HiddenValue"/>) only on items kept out of search
    /// (<c>search: false</c>): every search excludes the term, which is cheap, and an index built before the
    /// flag existed has no item hidden.
    /// </summary>
    public const string Hidden = "hidden";
    public const string Modified = "modified";

    /// <summary>Words as written (not stemmed) of titles, headings, summaries and labels: with the body's terms, the vocabulary for "did you mean".</summary>
    public const string Spelling = "spell";

    /// <summary>
    /// The title's words as written (lower-cased, accents folded) and their first two letters, for search-as-you-type:
    /// what is typed is matched against the words it starts (<see cref="Searching.Suggestions.TitleWordQuery"/>).
    /// </summary>
    public const string TitleWords = "title_words";

    /// <summary>
    /// Every prefix of every title word, as generations of analysis version 1 held search-as-you-type; read only
    /// when serving such a generation (after a rollback), in place of <see cref="TitleWords"/>.
    /// </summary>
    public const string TitlePrefix = "title_prefix";

    /// <summary>Short phrases (1 to 3 words, shingles) of titles, headings, summaries, categories and tags, for suggestions.</summary>
    public const string Phrase = "phrase";

    /// <summary>The precomputed related-content list of the item (binary doc values, updatable in place).</summary>
    public const string Related = "related";

    /// <summary>The item's embedding (normalised float32 vector as binary doc values), when the model is on.</summary>
    public const string Embedding = "embedding";

    public const string ListingValue = "1";
    public const string HiddenValue = "1";

    /// <summary>The embedding of the item's search phrases (the same form as <see cref="Embedding"/>), searched but not used for related lists.</summary>
    public const string PhraseEmbedding = "embedding_phrases";

    /// <summary>Fields indexed as one exact term each (identity, facets, filters), through <see cref="Exact"/>.</summary>
    private static readonly string[] ExactFields = [Url, Type, Hidden, Category, Tag, Year, Listing];

    /// <param name="stemmer">The text fields' stemmer.</param>
    /// <param name="keptPhrases">
    /// The hashes of the only phrases the phrase field indexes (<see cref="SuggestionPhrases.Frequent"/>), or null for all.
    /// </param>
    /// <param name="synonymPhrases">
    /// The synonym phrases the text fields also hold as one term each (<see cref="GenerationManifest.SynonymPhrases"/>):
    /// for writing only, since a query's own words are never joined.
    /// </param>
    /// <param name="building">For a generation's build, which remembers each stream's stems (<see cref="SiteAnalyzers.Text"/>).</param>
    public static Analyzer CreateAnalyzer(Stemmer stemmer, IReadOnlySet<long>? keptPhrases = null, IReadOnlySet<string>? synonymPhrases = null, bool building = false) => new PerFieldAnalyzerWrapper(
        SiteAnalyzers.Text(stemmer, synonymPhrases, rememberStems: building),
        new Dictionary<string, Analyzer>
        {
            [Spelling] = SiteAnalyzers.Words,
            [TitleWords] = SiteAnalyzers.TitleWords,
            [Phrase] = keptPhrases is null ? SiteAnalyzers.Phrases : SiteAnalyzers.PhrasesAmong(keptPhrases),
        }.Concat(ExactFields.Select(f => KeyValuePair.Create(f, SiteAnalyzers.Exact))).ToDictionary());

    /// <summary>
    /// The whole value as one term, as Lucene's StringField indexes it, but through the keyword analyzer: a
    /// StringField makes a new token stream per field of every document, and creating its attributes takes a
    /// lock both indexing threads wait on (a fifth of the indexing time); an analyzer's stream is reused.
    /// </summary>
    private static Field Exact(string name, string value, bool stored) => new(name, value, stored ? StoredExact : UnstoredExact);

    private static readonly FieldType UnstoredExact = new(StringField.TYPE_NOT_STORED) { IsTokenized = true };

    private static readonly FieldType StoredExact = new(StringField.TYPE_STORED) { IsTokenized = true };

    private static readonly FieldType StoredText = new(TextField.TYPE_STORED) { StoreTermVectors = false };

    private static readonly FieldType UnstoredText = new(StoredText) { IsStored = false };

    /// <summary>
    /// Title words are matched one term at a time (search-as-you-type never asks for a phrase of them), so they
    /// keep what scoring reads, frequencies and norms, and not the positions.
    /// </summary>
    private static readonly FieldType TitleWordsFieldType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
    };

    /// <summary>Phrases and spelling vocabulary are only looked up by their terms: no frequencies, positions or norms.</summary>
    private static readonly FieldType VocabularyFieldType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    };

    /// <param name="coded">The title and body in the generation's word list, stored in their place; null stores them as plain text.</param>
    public static Document ToDocument(ContentItem item, Storage.PassageVectors? embedding = null, CodedText? coded = null)
    {
        var doc = new Document
        {
            Exact(Url, item.Url, stored: true),
            new SortedDocValuesField(Url, new BytesRef(item.Url)),
            new StoredField(Id, item.Id),
            Exact(Type, item.Type.ToName(), stored: true),
            new SortedSetDocValuesField(Type, new BytesRef(item.Type.ToName())),
            new Field(Title, item.Title, coded is null ? StoredText : UnstoredText),
            new Field(Body, item.Body, coded is null ? StoredText : UnstoredText),
            new BinaryDocValuesField(Related, new BytesRef()),
        };

        if (coded is { } stored)
        {
            doc.Add(new StoredField(CodedTitle, stored.Title));
            doc.Add(new StoredField(CodedBody, stored.Body));
        }

        // An empty summary (most collections have none) is left out rather than analysed and stored as nothing:
        // it has no term to score, and an item read back without one has an empty summary.
        if (item.Summary.Length > 0)
        {
            doc.Add(new StoredField(Summary, item.Summary));
            doc.Add(new TextField(Lead, item.Summary, Field.Store.NO));
        }

        // An item kept out of search is marked, and gives nothing to suggestions or to the spelling vocabulary.
        if (!item.Searchable)
        {
            doc.Add(Exact(Hidden, HiddenValue, stored: true));
        }
        else
        {
            doc.Add(new Field(TitleWords, item.Title, TitleWordsFieldType));
        }

        foreach (var phrase in item.SearchPhrases)
        {
            doc.Add(new Field(SearchPhrases, phrase, StoredText));
        }

        foreach (var heading in item.Headings)
        {
            doc.Add(new StoredField(Headings, heading));
            doc.Add(new TextField(Lead, heading, Field.Store.NO));
        }

        foreach (var category in item.Categories)
        {
            doc.Add(new StoredField(Categories, category));
            doc.Add(new TextField(Labels, category, Field.Store.NO));
            doc.Add(Exact(Category, category, stored: false));
            doc.Add(new SortedSetDocValuesField(Category, new BytesRef(category)));
        }

        foreach (var tag in item.Tags)
        {
            doc.Add(new StoredField(Tags, tag));
            doc.Add(new TextField(Labels, tag, Field.Store.NO));
            doc.Add(Exact(Tag, tag.ToLowerInvariant(), stored: false));
        }

        if (SubjectOf(item) is { } subject)
        {
            doc.Add(new TextField(Subject, subject, Field.Store.NO));
        }

        if (embedding is { } vectors)
        {
            doc.Add(new BinaryDocValuesField(Embedding, Storage.VectorIndex.Encode(vectors.Text)));
            if (vectors.PhrasePassages > 0)
            {
                doc.Add(new BinaryDocValuesField(PhraseEmbedding, Storage.VectorIndex.Encode(vectors.Phrases)));
            }
        }

        if (item.Published is { } published)
        {
            doc.Add(new StoredField(Published, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(Published, DateKey(published)));
            var year = published.Year.ToString(CultureInfo.InvariantCulture);
            doc.Add(Exact(Year, year, stored: false));
            doc.Add(new SortedSetDocValuesField(Year, new BytesRef(year)));
        }

        if (item.Author is { } author)
        {
            doc.Add(new StoredField(Author, author));
        }

        if (item.IsListing)
        {
            doc.Add(Exact(Listing, ListingValue, stored: true));
        }

        if (item.Modified is { } modified)
        {
            doc.Add(new StoredField(Modified, modified.ToUnixTimeMilliseconds()));
        }

        if (!item.Searchable)
        {
            return doc;
        }

        // The body's own (stemmed) terms complete this vocabulary for spelling; not analysing the body twice
        // keeps indexing fast. Search phrases are words people use: a query with them is not misspelled.
        foreach (var text in PhraseTexts(item).Concat(item.SearchPhrases.Where(t => t.Length > 0)))
        {
            doc.Add(new Field(Spelling, text, VocabularyFieldType));
        }

        foreach (var text in PhraseTexts(item))
        {
            doc.Add(new Field(Phrase, text, VocabularyFieldType));
        }

        return doc;
    }

    /// <summary>
    /// The texts whose phrases suggestions offer: the site's own words, not staff's search phrases (those are
    /// never shown).
    /// </summary>
    public static IEnumerable<string> PhraseTexts(ContentItem item) =>
        new[] { item.Title, item.Summary }.Concat(item.Headings).Concat(item.Categories).Concat(item.Tags).Where(t => t.Length > 0);

    /// <param name="words">The word list of the generation the document was read from, when it has one.</param>
    public static ContentItem ToContentItem(Document doc, StoredWords? words)
    {
        ContentTypes.TryParse(doc.Get(Type), out var type);
        var published = doc.Get(Published);
        var modified = doc.GetField(Modified)?.GetInt64Value();
        return new ContentItem
        {
            Url = doc.Get(Url),
            Type = type,
            Title = doc.Get(Title) ?? Decoded(doc, CodedTitle, words),
            Summary = doc.Get(Summary) ?? "",
            Body = doc.Get(Body) ?? Decoded(doc, CodedBody, words),
            Headings = doc.GetValues(Headings),
            Categories = doc.GetValues(Categories),
            Tags = doc.GetValues(Tags),
            Author = doc.Get(Author),
            Published = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            IsListing = doc.Get(Listing) == ListingValue,
            Searchable = doc.Get(Hidden) != HiddenValue,
            SearchPhrases = doc.GetValues(SearchPhrases),
            Modified = modified is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
        };
    }

    /// <summary>A text stored in the generation's word list; empty when the document has none (an item read for a list has no body).</summary>
    private static string Decoded(Document doc, string field, StoredWords? words) => doc.GetBinaryValue(field) switch
    {
        null => "",
        var coded when words is not null => words.Decode(coded.Bytes.AsSpan(coded.Offset, coded.Length)),
        _ => throw new Lucene.Net.Index.CorruptIndexException($"{doc.Get(Url)}'s {field} is stored in a word list, and its generation has no {StoredWords.FileName}"),
    };

    private static readonly HashSet<string> ListFields =
    [
        Url, Type, Title, CodedTitle, Summary, Categories, Tags, Published, Author, Listing, Hidden, Modified,
    ];

    /// <summary>
    /// Reads an item back from the index. Without <paramref name="withText"/> the body, headings and search
    /// phrases are left out, which is all a result list or a related list needs and much cheaper.
    /// </summary>
    public static ContentItem LoadItem(Lucene.Net.Index.IndexReader reader, int docId, bool withText) =>
        ToContentItem(withText ? reader.Document(docId) : reader.Document(docId, ListFields), StoredWords.Of(reader));

    /// <summary>
    /// What a treatment or addiction page is about, so that a query naming it lifts the page above posts that
    /// merely mention it: a program's title plus "treatment" (which "rehab" means), a topic's title without
    /// the words every topic shares ("Opioid Addiction" is about opioids).
    /// </summary>
    private static string? SubjectOf(ContentItem item) => item.Type switch
    {
        ContentType.Treatment => item.Title + " treatment",
        ContentType.Addiction => GenericTopicWords().Replace(item.Title, " "),
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(addiction|abuse|use)\b")]
    private static partial System.Text.RegularExpressions.Regex GenericTopicWords();

    private static readonly HashSet<string> HiddenOnly = [Hidden];

    /// <summary>Whether a document may be found by searching (it was not indexed with <c>search: false</c>).</summary>
    public static bool IsSearchable(Lucene.Net.Index.IndexReader reader, int docId) =>
        reader.Document(docId, HiddenOnly).Get(Hidden) != HiddenValue;

    /// <summary>The documents kept out of search, as a query: every search excludes what it matches.</summary>
    public static Lucene.Net.Search.Query HiddenItems() => new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Hidden, HiddenValue));

    /// <summary>The URL of a document, from doc values: far cheaper than loading its stored fields.</summary>
    public static string LoadUrl(Lucene.Net.Index.IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(docId, leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetSortedDocValues(Url).Get(docId - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The sortable form of a date: 2020-11-09 becomes 20201109.</summary>
    public static long DateKey(DateOnly date) => (date.Year * 10_000L) + (date.Month * 100L) + date.Day;

    public static DateOnly? FromDateKey(long key) =>
        key <= 0 ? null : new DateOnly((int)(key / 10_000), (int)(key / 100 % 100), (int)(key % 100));
}
