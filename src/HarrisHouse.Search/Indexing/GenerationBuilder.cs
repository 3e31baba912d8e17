using System.Diagnostics;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Related;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Indexing;

/// <summary>Writes a complete new generation from a set of items: documents, related lists, manifest.</summary>
public sealed class GenerationBuilder(IndexSettings settings)
{
    public GenerationInfo Build(
        GenerationStore store,
        IReadOnlyList<ContentItem> items,
        GenerationOrigin origin,
        IProgress<BuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var build = store.BeginBuild();
        var analyzer = IndexSchema.CreateAnalyzer(settings.Stemmer);
        using (var directory = FSDirectory.Open(build.Directory))
        {
            var config = new IndexWriterConfig(Analysis.SiteAnalyzers.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                RAMBufferSizeMB = settings.RamBufferMegabytes,
            };
            using var writer = new IndexWriter(directory, config);
            for (var i = 0; i < items.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(IndexSchema.ToDocument(items[i]));
                if (i % 64 == 0 || i == items.Count - 1)
                {
                    progress?.Report(new BuildProgress(BuildStage.Indexing, i + 1, items.Count));
                }
            }

            progress?.Report(new BuildProgress(BuildStage.Relating, 0, items.Count));
            RelatedLists.ComputeAll(writer, new RelatedComputer(settings.Related, analyzer), cancellationToken);
            progress?.Report(new BuildProgress(BuildStage.Relating, items.Count, items.Count));

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
            LiveUpdateSequence = origin.LiveUpdateSequence,
            BuildMilliseconds = stopwatch.ElapsedMilliseconds,
        };
        var generation = store.Complete(build, manifest);
        progress?.Report(new BuildProgress(BuildStage.Committing, 1, 1));
        return generation;
    }
}

/// <summary>Where a generation's content came from, recorded in its manifest.</summary>
public sealed record GenerationOrigin(string Source, int ProblemCount, long LiveUpdateSequence = 0);
