namespace HarrisHouse.Search.Api.Admin;

/// <summary>Section <c>Admin</c>: the API keys staff and the WordPress site send in <c>X-Api-Key</c>.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Accepted keys; several, so that one can be rotated. None configured: the admin API is disabled.</summary>
    public string[] ApiKeys { get; set; } = [];
}
