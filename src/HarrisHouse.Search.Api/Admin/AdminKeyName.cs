namespace HarrisHouse.Search.Api.Admin;

/// <summary>The name of the admin key a request was let in with, for the change journal (the key itself is never kept).</summary>
public static class AdminKeyName
{
    private static readonly object ItemKey = new();

    public static void Set(HttpContext context, string name) => context.Items[ItemKey] = name;

    /// <summary>The key's name; "unknown key" only if the route is not behind <see cref="ApiKeyFilter"/> (a bug).</summary>
    public static string Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var name) && name is string text ? text : "unknown key";
}
