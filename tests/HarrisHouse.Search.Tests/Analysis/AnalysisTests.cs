using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Analysis.Synonyms;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Analysis;

public sealed class AnalysisTests
{
    private static List<string> Terms(string text, Stemmer stemmer = Stemmer.KStem) =>
        SiteAnalyzers.Analyze(SiteAnalyzers.Text(stemmer), "body", text).Select(t => t.Text).ToList();

    [Fact]
    public void Text_analysis_removes_possessives_case_accents_and_stop_words_and_stems()
    {
        Assert.Equal(["harris", "house", "program"], Terms("Harris House's programs"));
        Assert.Equal(["cafe", "detox"], Terms("the Café DETOX"));
        Assert.Equal(["benzodiazepine"], Terms("benzodiazepines"));
    }

    [Theory]
    [InlineData("friends", "friend")]
    [InlineData("years", "year")]
    [InlineData("steps", "step")]
    [InlineData("facilities", "facility")]
    [InlineData("lives", "life")]
    public void A_plural_kstem_keeps_whole_is_stemmed_as_its_singular(string plural, string singular)
    {
        Assert.Equal(Terms(singular), Terms(plural));
        Assert.Equal(Terms($"my {singular} at the center"), Terms($"my {plural} at the center"));
    }

    [Theory]
    [InlineData("news", "new")]
    [InlineData("means", "mean")]
    [InlineData("goods", "good")]
    public void A_word_that_only_looks_plural_keeps_its_own_meaning(string word, string lookalike) =>
        Assert.NotEqual(Terms(lookalike), Terms(word));

    [Fact]
    public void Both_stemmers_are_available()
    {
        Assert.Equal(["relaps"], Terms("relapsing", Stemmer.Porter));
        Assert.Equal(["relapse"], Terms("relapsing", Stemmer.KStem));
    }

    [Fact]
    public void A_synonym_phrase_keeps_the_gap_a_stop_word_leaves_as_the_indexed_text_does()
    {
        var set = SynonymSet.Parse(["aftercare => continuum of care"], SiteAnalyzers.Text(Stemmer.KStem));

        var phrase = set.LongestMatchAt(["aftercare"], 0)!.Alternatives.Single();
        Assert.Equal(["continuum", "care"], phrase.Words);
        Assert.Equal([0, 2], phrase.Positions);
    }

    [Fact]
    public void Synonym_rules_map_words_and_phrases_both_ways_or_one_way()
    {
        var set = SynonymSet.Parse(["rehab, treatment", "sober living, transitional housing", "percs => oxycodone", "# a comment", ""], SiteAnalyzers.Text(Stemmer.KStem));

        Assert.Equal(["treatment"], set.LongestMatchAt(["rehab"], 0)!.Alternatives.Single().Words);
        Assert.Equal(["rehab"], set.LongestMatchAt(["treatment"], 0)!.Alternatives.Single().Words);
        Assert.Equal(Terms("transitional housing"), set.LongestMatchAt(["sober", "living"], 0)!.Alternatives.Single().Words);
        Assert.Equal(2, set.LongestMatchAt(["sober", "living", "cost"], 0)!.Match.Count);
        Assert.NotNull(set.LongestMatchAt(["perc"], 0));
        Assert.Null(set.LongestMatchAt(["oxycodone"], 0));
        Assert.Null(set.LongestMatchAt(["sober"], 0));
    }

    [Fact]
    public void The_synonym_rules_words_are_kept_as_written_for_spelling()
    {
        var set = SynonymSet.Parse(["Percs, percocets => oxycodone # street names", "sober living, transitional housing", "12-step, aa"], SiteAnalyzers.Text(Stemmer.KStem));

        Assert.Equal(["aa", "housing", "living", "oxycodone", "percocets", "percs", "sober", "transitional"], set.Words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_malformed_synonym_line_is_reported_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => SynonymSet.Parse(["rehab, treatment", "lonely"], SiteAnalyzers.Text(Stemmer.KStem), "synonyms.txt"));
        Assert.Contains("synonyms.txt:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_synonyms_file_parses_and_covers_what_people_type()
    {
        var analyzer = SiteAnalyzers.Text(Stemmer.KStem);
        var set = SynonymSet.Load(RepositoryPaths.Synonyms, analyzer);
        foreach (var word in new[] { "rehab", "detox", "php", "iop", "sober living", "meth", "benzos", "oxy", "percs", "xanax", "suboxone", "mat", "aa", "oud", "aud" })
        {
            var terms = SiteAnalyzers.Analyze(analyzer, "body", word).Select(t => t.Text).ToList();
            Assert.True(set.LongestMatchAt(terms, 0) is not null, $"no synonym rule for '{word}'");
        }
    }

    [Fact]
    public async Task Suggestion_phrases_are_the_shingles_of_one_to_three_words_not_starting_or_ending_with_a_stop_word_or_short_word_nor_ending_with_a_question_word()
    {
        // Checked against Lucene's ShingleFilter, which the phrases were made with before, on every text of the sample site.
        var items = (await new HarrisHouse.Search.Sources.Markdown.MarkdownFolderSource(RepositoryPaths.Content).LoadAsync(null, CancellationToken.None)).Items;
        var texts = items.SelectMany(i => new[] { i.Title, i.Summary }.Concat(i.Headings).Concat(i.Categories).Concat(i.Tags)).Where(t => t.Length > 0).ToList();
        Assert.True(texts.Count > 300, $"only {texts.Count} texts");
        Assert.All(texts, text => Assert.Equal(LuceneShingles(text), Phrases(text)));
        Assert.Equal(["hope", "hope for recovery", "louis", "recovery"], Phrases("Hope for Recovery in St. Louis"));
        Assert.Empty(Phrases("in 2024 at the"));
        // Half a sentence is not a search ("insurance department can"); a question is ("how to pay").
        var phrases = Phrases("The insurance department can help you pay");
        Assert.Contains("insurance department", phrases);
        Assert.DoesNotContain("insurance department can", phrases);
        Assert.DoesNotContain("department can", phrases);
        Assert.Contains("how to pay", Phrases("How to Pay for Addiction Treatment"));
    }

    private static List<string> Phrases(string text) =>
        SiteAnalyzers.Analyze(SiteAnalyzers.Phrases, "phrase", text).Select(t => t.Text).Order(StringComparer.Ordinal).ToList();

    private static List<string> LuceneShingles(string text)
    {
        var words = SiteAnalyzers.Analyze(SiteAnalyzers.Words, "spell", text).Select(t => t.Text).ToList();
        var shingles = new List<string>();
        var stream = new Lucene.Net.Analysis.Shingle.ShingleFilter(new Lucene.Net.Analysis.Core.WhitespaceTokenizer(SiteAnalyzers.Version, new StringReader(string.Join(' ', words))), 2, SiteAnalyzers.MaxPhraseWords);
        stream.SetOutputUnigrams(true);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            shingles.Add(term.ToString());
        }

        stream.End();
        stream.Dispose();
        bool Edge(string word) => word.Length >= 3 && !SiteAnalyzers.StopWords.Contains(word) && !word.All(char.IsAsciiDigit);
        bool Last(string[] words) => Edge(words[^1]) && (words.Length == 1 || !SiteAnalyzers.QuestionWords.Contains(words[^1]));
        return shingles.Where(s => Edge(s.Split(' ')[0]) && Last(s.Split(' '))).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Typographic_punctuation_reads_as_plain_and_keeps_each_word_at_its_place_in_the_text()
    {
        const string text = "I can\u2019t stop \u2014 \u201Csober living\u201D";
        var terms = SiteAnalyzers.Analyze(SiteAnalyzers.Words, "spell", text);
        Assert.Equal(["i", "can't", "stop", "sober", "living"], terms.Select(t => t.Text));
        Assert.All(terms, t => Assert.Equal(t.Text, TextNormalizer.Normalize(text[t.StartOffset..t.EndOffset]).ToLowerInvariant()));
    }
}
