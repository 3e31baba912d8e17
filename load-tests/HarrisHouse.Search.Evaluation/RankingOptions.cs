using System.ComponentModel;
using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Searching;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

/// <summary>Ranking knobs that an evaluation may set (everything else keeps the product's defaults).</summary>
public class RankingOptions : CommandSettings
{
    [CommandArgument(0, "<DATASET>")]
    [Description("A directory in the BEIR layout, e.g. ../shared/datasets/nfcorpus")]
    public string Dataset { get; init; } = "";

    [CommandOption("--stemmer <NAME>")]
    [DefaultValue(Stemmer.KStem)]
    public Stemmer Stemmer { get; init; } = Stemmer.KStem;

    [CommandOption("--k1 <K1>")]
    public float? K1 { get; init; }

    [CommandOption("-b|--bm25-b <B>")]
    public float? B { get; init; }

    [CommandOption("--title-weight <W>")]
    public float? TitleWeight { get; init; }

    [CommandOption("--tie-breaker <T>")]
    public float? TieBreaker { get; init; }

    [CommandOption("--most-words-share <S>")]
    [Description("Share of a long query's words a document must match (0: any word, as BM25 baselines).")]
    public double? MostWordsShare { get; init; }

    [CommandOption("--all-words-up-to <N>")]
    public int? AllWordsUpTo { get; init; }

    [CommandOption("--fuzzy-below <DF>")]
    [Description("Typo tolerance for words in fewer than DF documents (0: off).")]
    public int? FuzzyBelow { get; init; }

    [CommandOption("--phrase-boost <P>")]
    public float? PhraseBoost { get; init; }

    [CommandOption("--index <DIR>")]
    [Description("Where to build the index (default: a temporary directory).")]
    public string? Index { get; init; }

    public RankingSettings Ranking(RankingSettings? start = null)
    {
        var ranking = start ?? new RankingSettings();
        return ranking with
        {
            Bm25K1 = K1 ?? ranking.Bm25K1,
            Bm25B = B ?? ranking.Bm25B,
            TitleWeight = TitleWeight ?? ranking.TitleWeight,
            FieldTieBreaker = TieBreaker ?? ranking.FieldTieBreaker,
            MostWordsShare = MostWordsShare ?? ranking.MostWordsShare,
            AllWordsUpTo = AllWordsUpTo ?? ranking.AllWordsUpTo,
            FuzzyWhenDocumentFrequencyBelow = FuzzyBelow ?? ranking.FuzzyWhenDocumentFrequencyBelow,
            PhraseBoost = PhraseBoost ?? ranking.PhraseBoost,
        };
    }
}
