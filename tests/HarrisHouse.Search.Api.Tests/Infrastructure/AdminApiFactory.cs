using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>The API over its own content copy, with two admin keys configured (one old, one new).</summary>
public class AdminApiFactory : OwnContentApiFactory
{
    public const string Key = "test-admin-key-2026";
    public const string RotatedKey = "test-admin-key-next";

    public AdminApiFactory()
    {
    }

    internal AdminApiFactory(TemporaryDirectory directory)
        : base(directory)
    {
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Admin:ApiKeys:0", Key),
        new("Admin:ApiKeys:1", RotatedKey),
    ];

    public HttpClient CreateAdminClient(string key = Key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
