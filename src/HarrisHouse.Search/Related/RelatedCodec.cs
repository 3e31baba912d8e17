using System.Text.Json;
using HarrisHouse.Search.Content;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Related;

/// <summary>The stored form of a related list: compact JSON in a binary doc value.</summary>
internal static class RelatedCodec
{
    private sealed record Entry(string U, string T, string Y, string? P, string S, string R);

    public static BytesRef Encode(IEnumerable<RelatedItem> items)
    {
        var entries = items.Select(i => new Entry(i.Url, i.Title, i.Type.ToName(), i.Published?.ToString("yyyy-MM-dd"), i.Summary, i.Reason));
        return new BytesRef(JsonSerializer.SerializeToUtf8Bytes(entries));
    }

    public static IReadOnlyList<RelatedItem> Decode(BytesRef bytes)
    {
        if (bytes.Length == 0)
        {
            return [];
        }

        var entries = JsonSerializer.Deserialize<List<Entry>>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) ?? [];
        return entries.Select(e => new RelatedItem(
            e.U,
            e.T,
            ContentTypes.TryParse(e.Y, out var type) ? type : ContentType.Page,
            e.P is null ? null : DateOnly.Parse(e.P, System.Globalization.CultureInfo.InvariantCulture),
            e.S,
            e.R)).ToList();
    }
}
