namespace HarrisHouse.Search.LoadTests.Runner;

/// <summary>A named stream of requests; each virtual user or arrival asks it for the next one.</summary>
public sealed record Scenario(string Name, Func<int, Random, HttpRequestMessage> NextRequest);
