using System.Buffers.Binary;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// A whole file held in one array, read without buffers, locks or system calls: what a memory-mapped file gives
/// Java Lucene, without Lucene.Net's MMapDirectory and the GC handles it leaves per clone. A clone shares the
/// array and has a position of its own.
/// </summary>
internal sealed class MemoryIndexInput(string description, byte[] contents) : IndexInput(description)
{
    private int _position;

    public override long Length => contents.Length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > contents.Length)
        {
            throw new EndOfStreamException($"seek to {pos} is outside {this} ({contents.Length} bytes)");
        }

        _position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= contents.Length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return contents[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override int ReadVInt32()
    {
        int b = ReadByte();
        if (b < 0x80)
        {
            return b;
        }

        var value = b & 0x7F;
        for (var shift = 7; shift <= 21; shift += 7)
        {
            b = ReadByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        b = ReadByte();
        value |= (b & 0x0F) << 28;
        return (b & 0xF0) == 0 ? value : throw new IOException($"Invalid vInt detected (too many bits): {this}");
    }

    public override long ReadVInt64()
    {
        long value = 0;
        for (var shift = 0; shift <= 56; shift += 7)
        {
            long b = ReadByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new IOException($"Invalid vLong detected (negative values disallowed): {this}");
    }

    protected override void Dispose(bool disposing)
    {
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > contents.Length - _position)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var span = contents.AsSpan(_position, length);
        _position += length;
        return span;
    }
}
