using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// Deflate for the stored fields, at the level of Lucene's HIGH_COMPRESSION (zlib's fastest level saved a tenth
/// where this saves a third of the sample site's stored bytes). Reading a document inflates its chunk only as far
/// as that document's end, into a buffer reused from one read to the next, where Lucene.Net's port inflates the
/// whole chunk through two streams and copies it out again.
/// </summary>
internal sealed class DeflateCompression : LuceneCompressionMode
{
    public static DeflateCompression Instance { get; } = new();

    private DeflateCompression()
    {
    }

    public override Compressor NewCompressor() => new ChunkCompressor();

    public override Decompressor NewDecompressor() => new ChunkDecompressor();

    public override string ToString() => "DEFLATE";

    /// <summary>Writes a chunk as its compressed length, then the deflated bytes.</summary>
    private sealed class ChunkCompressor : Compressor
    {
        private readonly MemoryStream _compressed = new();

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            _compressed.SetLength(0);
            using (var deflate = new DeflateStream(_compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(bytes, off, len);
            }

            output.WriteVInt32((int)_compressed.Length);
            output.WriteBytes(_compressed.GetBuffer(), (int)_compressed.Length);
        }
    }

    private sealed class ChunkDecompressor : Decompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            var compressedLength = input.ReadVInt32();
            if (_compressed.Length < compressedLength)
            {
                _compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }

            input.ReadBytes(_compressed, 0, compressedLength);
            if (bytes.Bytes.Length < offset + length)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(offset + length, 1)];
            }

            using var inflate = new DeflateStream(new MemoryStream(_compressed, 0, compressedLength, writable: false), System.IO.Compression.CompressionMode.Decompress);
            var read = 0;
            while (read < offset + length)
            {
                var n = inflate.Read(bytes.Bytes, read, offset + length - read);
                if (n == 0)
                {
                    throw new CorruptIndexException($"a stored-fields chunk inflates to {read} bytes, less than the {offset + length} asked for (resource={input})");
                }

                read += n;
            }

            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new ChunkDecompressor();
    }
}
