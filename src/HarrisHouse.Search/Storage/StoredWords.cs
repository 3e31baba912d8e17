using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// The words a generation's stored titles and bodies are written with: each word (with the space after it) and each
/// run of other characters in them gets a number, the frequent ones the smallest (<see cref="Sampled"/>), and a text is
/// stored as the numbers of its pieces, one to three bytes each. Deflate, which the stored fields go through next,
/// sees a text through a 32 KB window; the generation's own word list sees all of it: at 100k pages the stored text
/// is about half the size (load-tests/README, "Stop 62"). The list is written once with the generation and never
/// changes; a page added later by a live update spells its new words out.
/// </summary>
internal sealed class StoredWords
{
    /// <summary>The list's file in the generation's folder, beside Lucene's files (Lucene leaves other names alone).</summary>
    public const string FileName = "stored-words.bin";

    /// <summary>The first byte of a coded text: the only form written so far.</summary>
    private const byte Format = 1;

    /// <summary>The number written before a piece that is not on the list, its UTF-8 length and bytes following.</summary>
    private const int Spelled = 0;

    private static readonly byte[] FileMagic = "HHSW1"u8.ToArray();

    private static readonly ConditionalWeakTable<Lucene.Net.Store.Directory, Loaded> ByDirectory = [];

    /// <summary>The bytes a text is coded into before they are copied out at their length.</summary>
    [ThreadStatic]
    private static byte[]? _scratch;

    private readonly PieceNumbers _numbers;

    private StoredWords(List<string> pieces) => _numbers = new PieceNumbers(pieces);

    /// <summary>How many pieces the list numbers.</summary>
    public int Count => _numbers.Count;

    /// <summary>
    /// The list for a generation's items: the pieces of a sample of them (every item up to 1,000, every eighth from
    /// 4,000), the most frequent first (ties in the order first met, so a build is repeatable). A piece the sample
    /// lacks is spelled out where it occurs: at 100k Zipf pages the stored text takes 23.2 MB with the list and its
    /// spelled-out pieces, as with a list that numbers every piece of every page. Counting a sample rather than every
    /// page keeps this pass, which the indexing threads wait for, short; they code the pages (<see cref="Coded"/>).
    /// </summary>
    public static StoredWords Sampled(IReadOnlyList<Content.ContentItem> items)
    {
        var sample = new PieceNumbers([]);
        var counts = new List<int>();
        var stride = Math.Clamp(items.Count / 500, 1, 8);
        for (var i = 0; i < items.Count; i += stride)
        {
            CountPieces(items[i].Title, sample, counts);
            CountPieces(items[i].Body, sample, counts);
        }

        // Sorted as one number each, the count above the piece's number: a fifth of the time of comparing strings.
        var order = new long[sample.Count];
        for (var number = 1; number <= sample.Count; number++)
        {
            order[number - 1] = ((long)(int.MaxValue - counts[number - 1]) << 32) | (uint)number;
        }

        Array.Sort(order);
        return new StoredWords([.. order.Select(key => sample[(int)(key & uint.MaxValue)])]);
    }

    private static void CountPieces(string text, PieceNumbers pieces, List<int> counts)
    {
        var span = text.AsSpan();
        for (var start = 0; start < span.Length;)
        {
            var end = PieceEnd(span, start);
            var number = pieces.Find(span[start..end]);
            if (number > 0)
            {
                counts[number - 1]++;
            }
            else
            {
                pieces.Add(span[start..end]);
                counts.Add(1);
            }

            start = end;
        }
    }

    /// <summary>The list of the generation in this folder, or null for a generation written before lists (its bodies are plain text).</summary>
    public static StoredWords? Of(Lucene.Net.Store.Directory directory) =>
        ByDirectory.GetValue(directory, d => new Loaded(d is FSDirectory fs ? ReadFrom(fs.Directory.FullName) : null)).Words;

    /// <summary>The list of the generation a reader reads.</summary>
    public static StoredWords? Of(IndexReader reader) => reader is DirectoryReader directoryReader ? Of(directoryReader.Directory) : null;

    /// <summary>An item's title and body in the list's numbers, as they are stored. Safe on several threads at once.</summary>
    public CodedText Coded(Content.ContentItem item) => new(Encode(item.Title), Encode(item.Body));

    /// <summary>A text in the list's numbers; a piece not on the list is spelled out (the list never changes once written).</summary>
    public byte[] Encode(string text)
    {
        // At most five bytes a character. A piece on the list is a character or more, its number five bytes at most.
        // A spelled-out piece of n characters takes 3n bytes after the 0 and its length: 2 + 3n while the length
        // fits a byte, 6 + 3n at most beyond (n > 42); both within 5n.
        var most = 1 + (text.Length * 5);
        var buffer = _scratch is { } scratch && scratch.Length >= most ? scratch : _scratch = new byte[Math.Max(most, 64 * 1024)];
        buffer[0] = Format;
        var written = 1;
        var span = text.AsSpan();
        for (var start = 0; start < span.Length;)
        {
            var end = PieceEnd(span, start);
            var piece = span[start..end];
            var number = _numbers.Find(piece);
            if (number > 0)
            {
                written = WriteNumber(buffer, written, number);
            }
            else
            {
                written = WriteNumber(buffer, written, Spelled);
                written = WriteNumber(buffer, written, Encoding.UTF8.GetByteCount(piece));
                written += Encoding.UTF8.GetBytes(piece, buffer.AsSpan(written));
            }

            start = end;
        }

        return buffer.AsSpan(0, written).ToArray();
    }

    public string Decode(ReadOnlySpan<byte> coded)
    {
        if (coded.Length == 0 || coded[0] != Format)
        {
            throw new CorruptIndexException($"a stored text starts with {(coded.Length == 0 ? "nothing" : coded[0].ToString(System.Globalization.CultureInfo.InvariantCulture))}, not the word list's format {Format} ({FileName})");
        }

        var text = new StringBuilder(coded.Length * 4);
        for (var at = 1; at < coded.Length;)
        {
            var number = ReadNumber(coded, ref at);
            if (number == Spelled)
            {
                var length = ReadNumber(coded, ref at);
                text.Append(Encoding.UTF8.GetString(Within(coded, at, length)));
                at += length;
            }
            else if (number <= _numbers.Count)
            {
                text.Append(_numbers[number]);
            }
            else
            {
                throw new CorruptIndexException($"a stored text names piece {number} of a word list of {_numbers.Count} ({FileName})");
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the list into a generation's folder, deflated at zlib's fastest level (the builds wait for it).</summary>
    public void WriteTo(string directory)
    {
        using var file = File.Create(Path.Combine(directory, FileName));
        file.Write(FileMagic);
        using var deflate = new DeflateStream(file, CompressionLevel.Fastest);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8);
        writer.Write7BitEncodedInt(_numbers.Count);
        for (var number = 1; number <= _numbers.Count; number++)
        {
            writer.Write(_numbers[number]);
        }
    }

    private static StoredWords? ReadFrom(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[FileMagic.Length];
        if (file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) != magic.Length || !magic.SequenceEqual(FileMagic))
        {
            throw new CorruptIndexException($"the stored text's word list does not start as one (resource={path})");
        }

        using var reader = new BinaryReader(new DeflateStream(file, CompressionMode.Decompress), Encoding.UTF8);
        var count = reader.Read7BitEncodedInt();
        var pieces = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            pieces.Add(reader.ReadString());
        }

        return new StoredWords(pieces);
    }

    /// <summary>
    /// Where the piece starting at <paramref name="start"/> ends: a word (letters and digits) with the one space
    /// after it, if any (most words are followed by one), or a run of anything else.
    /// </summary>
    private static int PieceEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        if (char.IsLetterOrDigit(text[start]))
        {
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            return end < text.Length && text[end] == ' ' ? end + 1 : end;
        }

        while (end < text.Length && !char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Seven bits a byte, low first; the high bit says another byte follows. Returns where the number ends.</summary>
    private static int WriteNumber(byte[] buffer, int at, int number)
    {
        var n = (uint)number;
        for (; n >= 0x80; n >>= 7)
        {
            buffer[at++] = (byte)(n | 0x80);
        }

        buffer[at++] = (byte)n;
        return at;
    }

    private static int ReadNumber(ReadOnlySpan<byte> coded, ref int at)
    {
        var number = 0;
        for (var shift = 0; shift < 32; shift += 7)
        {
            var b = Within(coded, at, 1)[0];
            at++;
            number |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return number < 0 ? throw Corrupt() : number;
            }
        }

        throw Corrupt();
    }

    private static ReadOnlySpan<byte> Within(ReadOnlySpan<byte> coded, int at, int length) =>
        length >= 0 && at + length <= coded.Length ? coded.Slice(at, length) : throw Corrupt();

    private static CorruptIndexException Corrupt() => new($"a stored text ends inside a piece ({FileName})");

    /// <summary>A directory's list once read (null when it has none), kept as long as the directory is.</summary>
    private sealed record Loaded(StoredWords? Words);
}

/// <summary>An item's title and body in its generation's word list (<see cref="StoredWords"/>).</summary>
internal readonly record struct CodedText(byte[] Title, byte[] Body);
