using HarrisHouse.Search.Content;
using HarrisHouse.Search.Storage;
using Microsoft.Extensions.AI;

namespace HarrisHouse.Search.Semantic;

/// <summary>
/// Embeds items for the index through any <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, in batches,
/// taking from the cache every text embedded before.
/// </summary>
internal sealed class ItemEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, EmbeddingCache cache, SemanticSettings settings)
{
    private const int BatchSize = 8;

    public string Model { get; } = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? settings.Model;

    /// <summary>Texts embedded by this instance (not found in the cache: items' passages, and the crisis sentences on a first start), for reports and tests.</summary>
    public int Embedded => _embedded;

    private int _embedded;

    public PassageVectors Embed(ContentItem item) => EmbedAll([item], null, CancellationToken.None)[0];

    /// <summary>Each item's passage vectors (what the index stores), in the items' order.</summary>
    public PassageVectors[] EmbedAll(IReadOnlyList<ContentItem> items, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var phrases = items.Select(i => settings.EmbedSearchPhrases ? EmbeddingText.PhrasePassages(i, settings.MaxWords) : []).ToList();
        var passages = items.Select((item, i) => EmbeddingText.Passages(item, settings.MaxWords, settings.PassagesPerItem).Concat(phrases[i]).ToList()).ToList();
        var flat = EmbedCached(passages.SelectMany(p => p).ToArray(), progress, cancellationToken);
        var result = new PassageVectors[items.Count];
        var at = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var vectors = flat.AsSpan(at, passages[i].Count);
            result[i] = new PassageVectors([.. vectors.ToArray().SelectMany(v => v)], flat[at].Length, phrases[i].Count);
            at += passages[i].Count;
        }

        return result;
    }

    /// <summary>Texts' vectors: from the cache, else embedded a few at a time (a big batch costs ONNX Runtime memory it keeps) and cached.</summary>
    internal float[][] EmbedCached(string[] texts, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Length][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (cache.TryGet(texts[i], out var cached))
            {
                vectors[i] = cached;
            }
            else
            {
                missing.Add(i);
            }
        }

        foreach (var batch in missing.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var embeddings = Generate(generator, batch.Select(i => texts[i]), cancellationToken);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embeddings[j];
                cache.Add(texts[batch[j]], embeddings[j]);
            }

            Interlocked.Add(ref _embedded, batch.Length);
            progress?.Report(batch.Length);
        }

        return vectors;
    }

    /// <summary>
    /// The local models compute synchronously; waiting here keeps indexing and search synchronous without
    /// spreading async through Lucene's callers.
    /// </summary>
    internal static float[][] Generate(IEmbeddingGenerator<string, Embedding<float>> generator, IEnumerable<string> texts, CancellationToken cancellationToken) =>
        generator.GenerateAsync(texts, cancellationToken: cancellationToken).GetAwaiter().GetResult()
            .Select(e => e.Vector.ToArray())
            .ToArray();
}
