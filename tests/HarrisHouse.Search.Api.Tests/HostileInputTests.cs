using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HarrisHouse.Search.Api.Tests.Infrastructure;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>One generated request: a text parameter full of trouble and numeric parameters that may be nonsense.</summary>
public sealed record HostileRequest(string Text, string Number, string Other)
{
    public override string ToString() => $"text=[{Escape(Text)}] number=[{Escape(Number)}] other=[{Escape(Other)}]";

    private static string Escape(string value) => string.Concat(value.Take(120).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}

/// <summary>Generators of what attackers and confused people send.</summary>
public static class HostileInputs
{
    private static readonly string[] Fragments =
    [
        "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", "\"", "*", "?", "~", "~2", "^3", ":", "\\", "/", "+", "-", "!", "&&", "||",
        "title:", "body:[a TO z]", "/.*/", "/[a-z]+/", "\"unbalanced", "detox", "opioid", "alcohol", "recovery", "sober living", "-withdrawal",
        "é", "日本語", "Ωμέγα", "Здравствуйте", "مرحبا", "שלום", "\u202E", "\u200F", "😀", "👨‍👩‍👧", "🔥", "\u0000", "\u0001", "\u001F",
        "\t", "\n", "\r\n", "\uD800", "\uDFFF", "\uFFFD", "\uFEFF", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "%", "&", "=", "#",
        "../../etc/passwd", "${jndi:ldap://x}", " ", "  ", "a",
    ];

    private static readonly string[] Numbers = ["1", "0", "-1", "2", "10", "50", "51", "999", "1001", "2147483648", "-2147483649", "1e3", "0x10", "1.5", "", " ", "abc", "٣", "NaN", "+5", "00012"];

    private static Gen<string> Text() =>
        Gen.Frequency(
            (8, Gen.Elements(Fragments).ListOf().Select(parts => string.Join(' ', parts))),
            (2, Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts))),
            (1, Gen.Elements(Fragments).Select(f => string.Concat(Enumerable.Repeat(f + " ", 200)))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    public static Arbitrary<HostileRequest> Requests() =>
        (from text in Text()
         from number in Gen.Elements(Numbers)
         from other in Gen.Frequency((3, Gen.Elements(Numbers)), (2, Text()))
         select new HostileRequest(text, number, other))
            .ToArbitrary();
}

[Trait("Speed", "Slow")]
public sealed class HostileInputTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Property(MaxTest = 10_000, Arbitrary = [typeof(HostileInputs)], QuietOnSuccess = true)]
    public bool Search_never_fails_with_a_5xx_and_every_4xx_is_a_problem(HostileRequest request) =>
        Acceptable($"/api/search?q={Encode(request.Text)}&page={Encode(request.Number)}&pageSize={Encode(request.Other)}&sort={Encode(request.Other)}&type={Encode(request.Text)}&category={Encode(request.Text)}&year={Encode(request.Number)}");

    [Property(MaxTest = 3_000, Arbitrary = [typeof(HostileInputs)], QuietOnSuccess = true)]
    public bool Suggest_never_fails_with_a_5xx_and_every_4xx_is_a_problem(HostileRequest request) =>
        Acceptable($"/api/suggest?q={Encode(request.Text)}&limit={Encode(request.Number)}");

    [Property(MaxTest = 3_000, Arbitrary = [typeof(HostileInputs)], QuietOnSuccess = true)]
    public bool Related_and_documents_never_fail_with_a_5xx_and_every_4xx_is_a_problem(HostileRequest request) =>
        Acceptable($"/api/related?url={Encode(request.Text)}&count={Encode(request.Number)}")
        && Acceptable($"/api/documents?url=/{Encode(request.Other)}");

    [Property(MaxTest = 500, Arbitrary = [typeof(HostileInputs)], QuietOnSuccess = true)]
    public bool A_related_draft_of_any_text_never_fails_with_a_5xx(HostileRequest request)
    {
        var body = JsonSerializer.Serialize(new { title = request.Text, text = request.Other });
        var response = Send(new HttpRequestMessage(HttpMethod.Post, "/api/related") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        return IsAcceptable(response);
    }

    private bool Acceptable(string pathAndQuery) => IsAcceptable(Send(new HttpRequestMessage(HttpMethod.Get, pathAndQuery)));

    private HttpResponseMessage Send(HttpRequestMessage request) => _client.SendAsync(request).GetAwaiter().GetResult();

    private static bool IsAcceptable(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return false;
        }

        if (status >= 400)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return false;
            }

            var problem = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement;
            return problem.GetProperty("status").GetInt32() == status
                && problem.TryGetProperty("title", out _)
                && problem.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString());
        }

        return status == 200;
    }

    /// <summary>Percent-encodes every byte of the UTF-8 form (lone surrogates become U+FFFD, as a browser sends them).</summary>
    private static string Encode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            builder.Append(char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}");
        }

        return builder.ToString();
    }
}
