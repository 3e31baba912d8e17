namespace HarrisHouse.Search.Api.Admin;

/// <summary>Section <c>Admin</c>: the API keys staff and the WordPress site send in <c>X-Api-Key</c>.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Accepted keys; several, so that one can be rotated. None configured: the admin API is disabled.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>
    /// Optional names of the keys, by position (<c>Admin__KeyNames__0</c> names <c>Admin__ApiKeys__0</c>), for the
    /// change journal; a key without a name is <c>key 0</c>, <c>key 1</c>, and so on. Never the key itself.
    /// </summary>
    public string[] KeyNames { get; set; } = [];

    public string NameOf(int index) =>
        index < KeyNames.Length && !string.IsNullOrWhiteSpace(KeyNames[index]) ? KeyNames[index].Trim() : $"key {index}";
}
