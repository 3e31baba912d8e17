using System.Net;
using Lucene.Net.Search.Highlight;

namespace HarrisHouse.Search.Searching.Highlighting;

/// <summary>Encodes the text around highlights as HTML (&lt; &gt; &amp; and quotes), nothing more.</summary>
internal sealed class HtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
