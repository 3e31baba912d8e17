using HarrisHouse.Search.Cli.Commands;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>
/// This run of the command: the configured options with the command line's overrides applied once, by
/// <see cref="InvocationInterceptor"/>, before any verb runs.
/// </summary>
public sealed class Invocation(SearchOptions configured)
{
    private SearchOptions? _applied;

    public SearchOptions Options => _applied ?? configured;

    /// <summary>Whether standard output must carry one JSON document and nothing else.</summary>
    public bool Json { get; private set; }

    internal void Apply(IndexCommandSettings settings)
    {
        _applied = settings.Apply(configured);
        Json = settings.Json;
    }
}

/// <summary>Applies every verb's common options (<c>--index</c>, <c>--source</c>, <c>--json</c>) in one place.</summary>
public sealed class InvocationInterceptor(Invocation invocation) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is IndexCommandSettings common)
        {
            invocation.Apply(common);
        }
    }
}
