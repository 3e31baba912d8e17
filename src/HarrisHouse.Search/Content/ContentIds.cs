using System.Security.Cryptography;
using System.Text;

namespace HarrisHouse.Search.Content;

public static class ContentIds
{
    /// <summary>A short, stable, URL-safe id: the same URL always gives the same id, across reindexes.</summary>
    public static string FromUrl(string url)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
