using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// Lucene 4.6's index format, with the stored fields (each page's text, kept for snippets and the document API)
/// compressed by deflate rather than LZ4: at 100k pages they were half of the index (site-like 350 → 277 MB,
/// Zipf 146 → 118 MB). A page of results reads ten documents, each by inflating a chunk of at most
/// <see cref="ChunkBytes"/>; searching itself never reads stored fields.
/// </summary>
[CodecName(CodecName)]
internal sealed class SiteCodec : FilterCodec
{
    public const string CodecName = "HarrisHouse46";

    /// <summary>Documents are compressed together up to this many bytes: larger chunks compress better, and each read inflates one.</summary>
    public const int ChunkBytes = 16 * 1024;

    public SiteCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat { get; } =
        new CompressingStoredFieldsFormat("HarrisHouseStoredFields", DeflateCompression.Instance, ChunkBytes);

    /// <summary>
    /// The codec every generation is written with. Lucene finds a segment's codec by the name written in it, so
    /// the codec is registered before any index is opened (<see cref="IndexDirectory"/>); generations written
    /// before it, in Lucene's own format, stay readable.
    /// </summary>
    public static Codec Instance => Registered.Value;

    private static readonly Lazy<Codec> Registered = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(SiteCodec)] });
        return ForName(CodecName);
    });
}
