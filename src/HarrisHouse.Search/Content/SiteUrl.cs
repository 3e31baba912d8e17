namespace HarrisHouse.Search.Content;

/// <summary>Rules for the site-relative paths that identify items (<c>/blog/some-post/</c>).</summary>
public static class SiteUrl
{
    public const int MaxLength = 300;

    /// <summary>
    /// Checks that <paramref name="url"/> is a site-relative path and returns it in canonical form
    /// (leading and trailing slash, lower case, no query or fragment).
    /// </summary>
    public static bool TryNormalize(string? url, out string normalized, out string error)
    {
        normalized = "";
        var value = url?.Trim() ?? "";
        if (value.Length == 0)
        {
            error = "the URL is empty";
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"the URL is longer than {MaxLength} characters";
            return false;
        }

        if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
        {
            error = $"'{value}' is not a site-relative path: it must start with a single '/', like /treatments/inpatient-detox/";
            return false;
        }

        foreach (var c in value)
        {
            if (!IsAllowed(c))
            {
                error = $"'{value}' contains '{c}'; a site path uses letters, digits, '-', '_', '.' and '/'";
                return false;
            }
        }

        if (value.Contains("/../", StringComparison.Ordinal) || value.EndsWith("/..", StringComparison.Ordinal))
        {
            error = $"'{value}' contains '..'";
            return false;
        }

        normalized = value.ToLowerInvariant();
        if (!normalized.EndsWith('/'))
        {
            normalized += "/";
        }

        error = "";
        return true;
    }

    private static bool IsAllowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '%' or '~';
}
