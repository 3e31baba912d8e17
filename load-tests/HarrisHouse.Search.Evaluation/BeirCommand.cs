using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Searching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

[Description("Index a BEIR collection and report nDCG@10, Recall@100 and MRR@10 on one split.")]
public sealed class BeirCommand(IAnsiConsole console) : Command<BeirCommand.Settings>
{
    public sealed class Settings : RankingOptions
    {
        [CommandOption("--split <SPLIT>")]
        [DefaultValue("test")]
        public string Split { get; init; } = "test";

        [CommandOption("--tune <SPLIT>")]
        [Description("First choose the ranking settings by a grid search on this split (train or dev), then report --split.")]
        public string? Tune { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = BeirDataset.Load(settings.Dataset);
        var temporary = settings.Index is null ? Path.Combine(Path.GetTempPath(), $"hh-beir-{Guid.NewGuid():N}") : null;
        var indexPath = Path.GetFullPath(settings.Index ?? temporary!);
        try
        {
            var built = BeirEvaluator.BuildIndex(dataset, indexPath, settings.Stemmer);
            console.MarkupLine($"Indexed {built.Documents:N0} documents of {dataset.Name} in {built.Elapsed.TotalSeconds:0.00} s: [bold]{built.DocumentsPerSecond:N0} docs/s[/] ({settings.Stemmer}).");

            var ranking = settings.Ranking(BaselineForCollections());
            if (settings.Tune is { } tuneSplit)
            {
                ranking = Tune(dataset, indexPath, tuneSplit, settings, ranking);
            }

            var scores = BeirEvaluator.Evaluate(dataset, indexPath, settings.Split, settings.Stemmer, ranking);
            var table = new Table().Title($"{dataset.Name} {settings.Split}")
                .AddColumns("Queries", "nDCG@10", "Recall@100", "MRR@10", "Queries/s (1 thread)");
            table.AddRow(
                scores.Queries.ToString(CultureInfo.InvariantCulture),
                scores.Ndcg10.ToString("0.0000", CultureInfo.InvariantCulture),
                scores.Recall100.ToString("0.0000", CultureInfo.InvariantCulture),
                scores.Mrr10.ToString("0.0000", CultureInfo.InvariantCulture),
                scores.QueriesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
            console.Write(table);
            console.MarkupLine($"Settings: {Markup.Escape(Describe(ranking))}");
            return 0;
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>
    /// What a long natural-language query against a document collection needs from the site's ranking: any
    /// word may match (no "most words" rule) and no typo expansion of rare scientific terms.
    /// </summary>
    public static RankingSettings BaselineForCollections() => new()
    {
        AllWordsUpTo = 0,
        MostWordsShare = 0,
        FuzzyWhenDocumentFrequencyBelow = 0,
    };

    private RankingSettings Tune(BeirDataset dataset, string indexPath, string split, Settings settings, RankingSettings start)
    {
        var grid =
            from k1 in new[] { 0.9f, 1.2f }
            from b in new[] { 0.4f, 0.75f }
            from title in new[] { 1f, 2f, 4f }
            from tie in new[] { 0.3f, 0.6f, 1f }
            select start with { Bm25K1 = k1, Bm25B = b, TitleWeight = title, FieldTieBreaker = tie };
        var best = start;
        var bestScore = -1.0;
        foreach (var candidate in grid)
        {
            var score = BeirEvaluator.Evaluate(dataset, indexPath, split, settings.Stemmer, candidate, maxQueries: 600).Ndcg10;
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        console.MarkupLine($"Tuned on {split} (nDCG@10 {bestScore:0.0000}): {Markup.Escape(Describe(best))}");
        return best;
    }

    private static string Describe(RankingSettings r) => string.Create(
        CultureInfo.InvariantCulture,
        $"k1={r.Bm25K1} b={r.Bm25B} title={r.TitleWeight} body={r.BodyWeight} tie={r.FieldTieBreaker} allWordsUpTo={r.AllWordsUpTo} mostWords={r.MostWordsShare} fuzzyBelow={r.FuzzyWhenDocumentFrequencyBelow} phrase={r.PhraseBoost}");
}
