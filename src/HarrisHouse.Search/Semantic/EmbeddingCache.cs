using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace HarrisHouse.Search.Semantic;

/// <summary>
/// Embeddings already computed, keyed by a hash of the model and the exact text: a reindex of unchanged
/// content embeds nothing. One append-only file per model; a record cut short by a crash is ignored.
/// </summary>
internal sealed class EmbeddingCache
{
    private readonly string _path;
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly Lock _append = new();
    private readonly string _model;

    public EmbeddingCache(string directory, string model)
    {
        _model = model;
        var safeName = string.Concat(model.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        _path = Path.Combine(directory, $"{safeName}.bin");
        Load();
    }

    public int Count => _vectors.Count;

    public bool TryGet(string text, out float[] vector) => _vectors.TryGetValue(Key(text), out vector!);

    public void Add(string text, float[] vector)
    {
        var key = Key(text);
        if (!_vectors.TryAdd(key, vector))
        {
            return;
        }

        lock (_append)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            stream.Write(Convert.FromHexString(key));
            stream.Write(BitConverter.GetBytes(vector.Length));
            stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
        }
    }

    private string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_model + "\n" + text)));

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new BinaryReader(stream);
        while (stream.Length - stream.Position >= 36)
        {
            var key = Convert.ToHexString(reader.ReadBytes(32));
            var dimensions = reader.ReadInt32();
            if (dimensions is <= 0 or > 8_192 || stream.Length - stream.Position < dimensions * 4L)
            {
                return;
            }

            var vector = new float[dimensions];
            stream.ReadExactly(MemoryMarshal.AsBytes(vector.AsSpan()));
            _vectors[key] = vector;
        }
    }
}
