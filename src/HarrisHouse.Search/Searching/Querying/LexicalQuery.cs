using HarrisHouse.Search.Analysis.Synonyms;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>The Lucene query built from a person's search, and what the builder learnt on the way.</summary>
/// <param name="Query">The query to run.</param>
/// <param name="WordGroups">How many words (or synonym spans) the free text had; 0 for a browse.</param>
/// <param name="IsBrowse">Nothing to rank by: the query only filters (or excludes).</param>
/// <param name="Relaxed">Built with "any word" instead of "all" or "most" words, because the strict form found nothing.</param>
/// <param name="HighlightTerms">The analysed terms the query looks for (words, synonyms, close spellings, completions), for highlighting.</param>
/// <param name="TypedTerms">Of those, the words as typed (analysed): marked first, the expansions only where none is found.</param>
/// <param name="Words">Each word group and quoted phrase searched, as typed, with the clause that finds it: for telling which a hit lacks.</param>
/// <param name="Reading">
/// What the model reads for a Spanish search (<see cref="UserQuery.IsSpanish"/>): each word group as the synonyms
/// render it in the site's language ("ayuda para mi hijo drogas" is "help son addiction"), since the model reads
/// English only; null for any other search.
/// </param>
internal sealed record LexicalQuery(Query Query, int WordGroups, bool IsBrowse, bool Relaxed, IReadOnlySet<string> HighlightTerms, IReadOnlySet<string> TypedTerms, IReadOnlyList<WordClause> Words, string? Reading = null);

/// <summary>A word of the search (or a span a synonym rule covers, or a quoted phrase) as typed, and the clause that finds it: the word, its synonyms, close spellings and completions, over every searched field.</summary>
/// <param name="Rendered">Its synonym rule's first alternative ("hijo": son, child), or null without one: a Spanish search's <see cref="LexicalQuery.Reading"/>.</param>
internal sealed record WordClause(string Typed, Query Clause, SynonymPhrase? Rendered = null);
