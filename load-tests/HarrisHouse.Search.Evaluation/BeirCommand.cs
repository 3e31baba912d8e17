using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Embeddings;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Semantic;
using Microsoft.Extensions.AI;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Evaluation;

[Description("Index a BEIR collection and report nDCG@10, Recall@100 and MRR@10 on one split, in each search mode asked for.")]
public sealed class BeirCommand(IAnsiConsole console) : Command<BeirCommand.Settings>
{
    public sealed class Settings : RankingOptions
    {
        [CommandOption("--split <SPLIT>")]
        [DefaultValue("test")]
        public string Split { get; init; } = "test";

        [CommandOption("--tune <SPLIT>")]
        [Description("First choose the ranking (and fusion) settings by a grid search on this split (train or dev), then report --split.")]
        public string? Tune { get; init; }

        [CommandOption("--mode <MODES>")]
        [Description("lexical, semantic, hybrid, a comma-separated list of them, or all.")]
        [DefaultValue("lexical")]
        public string Mode { get; init; } = "lexical";

        [CommandOption("--model <NAME>")]
        [Description("The embedding model for semantic and hybrid modes: MiniLM or ArcticXs.")]
        [DefaultValue("MiniLM")]
        public string Model { get; init; } = "MiniLM";

        [CommandOption("--fusion-k <K>")]
        public int? FusionK { get; init; }

        [CommandOption("--semantic-weight <W>")]
        public float? SemanticWeight { get; init; }

        [CommandOption("--floor <SIMILARITY>")]
        [Description("Least cosine similarity of a semantic-only hit (default for collections: 0).")]
        public float? Floor { get; init; }

        [CommandOption("--embedding-cache <DIR>")]
        [Description("Embeddings kept by text hash, so that a second run embeds nothing (default: the service's cache).")]
        public string? EmbeddingCache { get; init; }

        public IReadOnlyList<SearchMode> Modes => Mode.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? [SearchMode.Lexical, SearchMode.Semantic, SearchMode.Hybrid]
            : Mode.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => Enum.Parse<SearchMode>(m, ignoreCase: true)).Distinct().ToList();

        public override ValidationResult Validate()
        {
            var valid = Mode.Equals("all", StringComparison.OrdinalIgnoreCase)
                || Mode.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(m => Enum.TryParse<SearchMode>(m, ignoreCase: true, out _));
            if (EmbeddingModel.Named(Model) is null)
            {
                return ValidationResult.Error($"--model '{Model}' is not one of {string.Join(", ", EmbeddingModels.Names)}");
            }

            return valid ? ValidationResult.Success() : ValidationResult.Error($"--mode '{Mode}' is not lexical, semantic, hybrid or all");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = BeirDataset.Load(settings.Dataset);
        var temporary = settings.Index is null ? Path.Combine(Path.GetTempPath(), $"hh-beir-{Guid.NewGuid():N}") : null;
        var indexPath = Path.GetFullPath(settings.Index ?? temporary!);
        var modes = settings.Modes;
        var generator = modes.Any(m => m != SearchMode.Lexical) ? LoadModel(settings.Model) : null;
        try
        {
            var semantic = SemanticForCollections(settings);
            var embedder = generator is null ? null : new ItemEmbedder(generator, new EmbeddingCache(Path.GetFullPath(settings.EmbeddingCache ?? semantic.CachePath), EmbeddingModel.Named(settings.Model)!.Id), semantic);
            var built = BeirEvaluator.BuildIndex(dataset, indexPath, settings.Stemmer, embedder: embedder);
            var embedded = embedder is null ? "" : $", {embedder.Embedded:N0} texts embedded (the rest from the cache)";
            console.MarkupLine($"Indexed {built.Documents:N0} documents of {dataset.Name} in {built.Elapsed.TotalSeconds:0.00} s: [bold]{built.DocumentsPerSecond:N0} docs/s[/] ({settings.Stemmer}{embedded}; the process's first build, compiling its code as it goes).");

            // A second build, as a long-running indexer sees it: the code compiled, every vector in the cache.
            built = BeirEvaluator.BuildIndex(dataset, indexPath, settings.Stemmer, embedder: embedder);
            console.MarkupLine($"Indexed them again in {built.Elapsed.TotalSeconds:0.00} s: [bold]{built.DocumentsPerSecond:N0} docs/s[/] (warm).");

            var ranking = settings.Ranking(BaselineForCollections());
            if (settings.Tune is { } tuneSplit)
            {
                ranking = TuneLexical(dataset, indexPath, tuneSplit, settings.Stemmer, ranking);
                if (modes.Contains(SearchMode.Hybrid) && generator is not null)
                {
                    semantic = TuneFusion(dataset, indexPath, tuneSplit, new BeirEvaluator.Setup(settings.Stemmer, ranking, SearchMode.Hybrid, generator, semantic), settings);
                }
            }

            var table = new Table().Title($"{dataset.Name} {settings.Split}")
                .AddColumns("Mode", "Queries", "nDCG@10", "Recall@100", "MRR@10", "Queries/s (1 thread)");
            foreach (var mode in modes)
            {
                var scores = BeirEvaluator.Evaluate(dataset, indexPath, settings.Split, new BeirEvaluator.Setup(settings.Stemmer, ranking, mode, generator, semantic));
                table.AddRow(
                    mode.ToString().ToLowerInvariant(),
                    scores.Queries.ToString(CultureInfo.InvariantCulture),
                    scores.Ndcg10.ToString("0.0000", CultureInfo.InvariantCulture),
                    scores.Recall100.ToString("0.0000", CultureInfo.InvariantCulture),
                    scores.Mrr10.ToString("0.0000", CultureInfo.InvariantCulture),
                    scores.QueriesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            console.MarkupLine($"Settings: {Markup.Escape(Describe(ranking))}");
            if (generator is not null)
            {
                console.MarkupLine($"Fusion: {Markup.Escape(Describe(semantic))}");
            }

            return 0;
        }
        finally
        {
            generator?.Dispose();
            if (temporary is not null && Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static IEmbeddingGenerator<string, Embedding<float>> LoadModel(string model)
    {
        var (generator, unavailable) = EmbeddingModels.TryCreate(new SemanticSettings { Model = model });
        return generator ?? throw new InvalidOperationException($"Semantic modes need the embedding model: {unavailable}");
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

    /// <summary>
    /// Plain reciprocal-rank fusion for collections: every query fused (there are no short keyword queries
    /// to protect), both rankings weighted alike, and no similarity floor, margin or known-word rule (every query has relevant documents), nor respelling of
    /// unknown words (typo tolerance is off).
    /// </summary>
    private static SemanticSettings SemanticForCollections(Settings settings)
    {
        var semantic = new SemanticSettings
        {
            KeywordQueryMaxWords = 0,
            BareKeywordQueryMaxWords = 0,
            LexicalWeight = 1,
            PartialLexicalWeight = 1,
            SemanticWeight = 1,
            SimilarityFloor = 0,
            SimilarityMargin = 1,
            RequireKnownWord = false,
            RespellUnknownWords = false,
        };
        return semantic with
        {
            FusionK = settings.FusionK ?? semantic.FusionK,
            SemanticWeight = settings.SemanticWeight ?? semantic.SemanticWeight,
            SimilarityFloor = settings.Floor ?? semantic.SimilarityFloor,
            CachePath = settings.EmbeddingCache ?? semantic.CachePath,
        };
    }

    private RankingSettings TuneLexical(BeirDataset dataset, string indexPath, string split, Analysis.Stemmer stemmer, RankingSettings start)
    {
        var grid =
            from k1 in new[] { 0.9f, 1.2f }
            from b in new[] { 0.4f, 0.75f }
            from title in new[] { 1f, 2f, 4f }
            from tie in new[] { 0.3f, 0.6f, 1f }
            select start with { Bm25K1 = k1, Bm25B = b, TitleWeight = title, FieldTieBreaker = tie };
        var (best, score) = Best(grid, candidate => BeirEvaluator.Evaluate(dataset, indexPath, split, new BeirEvaluator.Setup(stemmer, candidate), maxQueries: 600).Ndcg10);
        console.MarkupLine($"Tuned on {split} (lexical nDCG@10 {score:0.0000}): {Markup.Escape(Describe(best))}");
        return best;
    }

    private SemanticSettings TuneFusion(BeirDataset dataset, string indexPath, string split, BeirEvaluator.Setup setup, Settings settings)
    {
        var start = setup.Semantic!;
        var grid =
            from k in settings.FusionK is { } fixedK ? [fixedK] : new[] { 20, 60 }
            from weight in settings.SemanticWeight is { } fixedWeight ? [fixedWeight] : new[] { 0.75f, 1f, 1.5f }
            select start with { FusionK = k, SemanticWeight = weight };
        var (best, score) = Best(grid, candidate => BeirEvaluator.Evaluate(dataset, indexPath, split, setup with { Semantic = candidate }, maxQueries: 600).Ndcg10);
        console.MarkupLine($"Tuned on {split} (hybrid nDCG@10 {score:0.0000}): {Markup.Escape(Describe(best))}");
        return best;
    }

    private static (T Best, double Score) Best<T>(IEnumerable<T> grid, Func<T, double> score)
    {
        var best = default(T)!;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in grid)
        {
            var value = score(candidate);
            if (value > bestScore)
            {
                (best, bestScore) = (candidate, value);
            }
        }

        return (best, bestScore);
    }

    private static string Describe(RankingSettings r) => string.Create(
        CultureInfo.InvariantCulture,
        $"k1={r.Bm25K1} b={r.Bm25B} title={r.TitleWeight} body={r.BodyWeight} tie={r.FieldTieBreaker} allWordsUpTo={r.AllWordsUpTo} mostWords={r.MostWordsShare} fuzzyBelow={r.FuzzyWhenDocumentFrequencyBelow} phrase={r.PhraseBoost}");

    private static string Describe(SemanticSettings s) => string.Create(
        CultureInfo.InvariantCulture,
        $"k={s.FusionK} lexical={s.LexicalWeight} semantic={s.SemanticWeight} floor={s.SimilarityFloor} depth={s.FusionDepth} passages={s.PassagesPerItem} words={s.MaxWords}");
}
