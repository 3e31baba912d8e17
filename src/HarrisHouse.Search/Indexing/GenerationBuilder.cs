using System.Diagnostics;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Storage;
using Lucene.Net.Index;

namespace HarrisHouse.Search.Indexing;

/// <summary>Writes a complete new generation from a set of items: vectors, documents, related lists, manifest.</summary>
/// <param name="synonymPhrases">The synonym phrases to hold as one term each (<see cref="GenerationManifest.SynonymPhrases"/>).</param>
internal sealed class GenerationBuilder(IndexSettings settings, Semantic.ItemEmbedder? embedder = null, IReadOnlySet<string>? synonymPhrases = null)
{
    public GenerationInfo Build(
        GenerationStore store,
        IReadOnlyList<ContentItem> items,
        GenerationOrigin origin,
        IProgress<BuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var embeddedBefore = embedder?.Embedded ?? 0;
        var vectors = Embed(items, progress, cancellationToken);
        var build = store.BeginBuild();
        var analyzer = IndexSchema.CreateAnalyzer(settings.Stemmer, SuggestionPhrases.Frequent(items), synonymPhrases, building: true);
        var words = StoredWords.Sampled(items);
        words.WriteTo(build.Directory);
        using (var directory = IndexDirectory.Open(build.Directory))
        {
            var config = new IndexWriterConfig(Analysis.SiteAnalyzers.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Codec = SiteCodec.Instance,
                RAMBufferSizeMB = settings.RamBufferMegabytes,

                // A generation is written once and read many times: skip packing each flushed segment into a
                // compound file, which costs a second copy of every byte while building.
                UseCompoundFile = false,
            };
            using var writer = new IndexWriter(directory, config);
            AddAll(writer, items, vectors, words, settings.IndexingThreads, progress, cancellationToken);

            // Served as one segment: every search builds its scorers and looks its terms up once per segment, so a
            // generation in eight (100k pages: one flush per 64 MB and thread) paid that eight times. Merging them
            // cost ~9 s of a 150 s 100k build.
            if (items.Count >= settings.MergeFromItems)
            {
                writer.ForceMerge(1);
            }

            if (settings.ComputeRelated)
            {
                progress?.Report(new BuildProgress(BuildStage.Relating, 0, items.Count));
                // Related lists read the pages' own words, not the joined synonym phrases.
                RelatedLists.ComputeAll(writer, new RelatedComputer(settings.Related, IndexSchema.CreateAnalyzer(settings.Stemmer, building: true)), cancellationToken);
                progress?.Report(new BuildProgress(BuildStage.Relating, items.Count, items.Count));
            }

            progress?.Report(new BuildProgress(BuildStage.Committing, 0, 1));
            writer.Commit();
        }

        var manifest = new GenerationManifest
        {
            Number = build.Number,
            CreatedUtc = DateTimeOffset.UtcNow,
            DocumentCount = items.Count,
            DocumentsByType = ContentTypes.All.ToDictionary(t => t.ToName(), t => items.Count(i => i.Type == t)),
            Source = origin.Source,
            ProblemCount = origin.ProblemCount,
            Stemmer = settings.Stemmer.ToString(),
            Analysis = Analysis.SiteAnalyzers.AnalysisVersion,
            LiveUpdateSequence = origin.LiveUpdateSequence,
            BuildMilliseconds = stopwatch.ElapsedMilliseconds,
            EmbeddingModel = embedder?.Model,
            TextsEmbedded = (embedder?.Embedded ?? 0) - embeddedBefore,
            SynonymPhrases = synonymPhrases?.Order(StringComparer.Ordinal).ToList() ?? [],
        };
        var generation = store.Complete(build, manifest);
        progress?.Report(new BuildProgress(BuildStage.Committing, 1, 1));
        return generation;
    }

    /// <summary>Every item's vector (from the cache when its text was embedded before), or null without a model.</summary>
    private Storage.PassageVectors[]? Embed(IReadOnlyList<ContentItem> items, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        if (embedder is null)
        {
            return null;
        }

        var done = 0;
        progress?.Report(new BuildProgress(BuildStage.Embedding, 0, items.Count));
        var embedding = progress is null ? null : new Progress<int>(n => progress.Report(new BuildProgress(BuildStage.Embedding, Math.Min(items.Count, Interlocked.Add(ref done, n)), items.Count)));
        return embedder.EmbedAll(items, embedding, cancellationToken);
    }

    /// <summary>
    /// Adds the documents from one thread per core: IndexWriter takes concurrent additions, each thread
    /// filling its own in-memory segment. Documents keep their order within a thread, which is all that the
    /// deterministic parts (related lists, ties broken by URL) need.
    /// </summary>
    private static void AddAll(IndexWriter writer, IReadOnlyList<ContentItem> items, Storage.PassageVectors[]? vectors, StoredWords words, int? threadsAsked, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var added = 0;
        var threads = Math.Max(1, threadsAsked ?? (items.Count < 1_000 ? 1 : Environment.ProcessorCount));
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, thread =>
        {
            for (var i = thread; i < items.Count; i += threads)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(IndexSchema.ToDocument(items[i], vectors?[i], words.Coded(items[i])));
                var done = Interlocked.Increment(ref added);
                if (done % 256 == 0 || done == items.Count)
                {
                    progress?.Report(new BuildProgress(BuildStage.Indexing, done, items.Count));
                }
            }
        });
    }
}

/// <summary>Where a generation's content came from, recorded in its manifest.</summary>
internal sealed record GenerationOrigin(string Source, int ProblemCount, long LiveUpdateSequence = 0);
