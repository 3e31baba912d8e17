using System.Diagnostics;

namespace HarrisHouse.Search.Testing;

/// <summary>
/// Waits for a condition with a deadline instead of sleeping for a fixed time: the condition is checked at
/// once and then every <see cref="Interval"/>, the wait ends as soon as it holds, and when the deadline
/// passes the test fails with a message naming what it was waiting for (and, for a value, the last one seen).
/// </summary>
public static class Eventually
{
    /// <summary>How often a condition is checked again.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits until <paramref name="condition"/> holds, or throws after <paramref name="deadline"/>.</summary>
    public static async Task AssertAsync(Func<Task<bool>> condition, TimeSpan deadline, string because) =>
        await ValueAsync(condition, held => held, deadline, because, describe: null);

    /// <inheritdoc cref="AssertAsync(Func{Task{bool}}, TimeSpan, string)"/>
    public static Task AssertAsync(Func<bool> condition, TimeSpan deadline, string because) =>
        AssertAsync(() => Task.FromResult(condition()), deadline, because);

    /// <summary>
    /// Reads a value until <paramref name="accept"/> holds for it and returns that value, or throws after
    /// <paramref name="deadline"/> naming <paramref name="because"/> and the last value read.
    /// </summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> accept, TimeSpan deadline, string because, Func<T, string>? describe = null)
    {
        var clock = Stopwatch.StartNew();
        var attempts = 0;
        while (true)
        {
            var value = await read();
            attempts++;
            if (accept(value))
            {
                return value;
            }

            if (clock.Elapsed >= deadline)
            {
                var last = describe is null && typeof(T) == typeof(bool) ? "" : $"; last seen: {(describe ?? Describe)(value)}";
                throw new TimeoutException(
                    $"Not true within {deadline.TotalSeconds:0.###} s ({attempts} checks): {because}{last}");
            }

            // The polling interval between two checks, not a wait for a state: the state is the condition.
            await Task.Delay(Interval);
        }
    }

    /// <inheritdoc cref="ValueAsync{T}(Func{Task{T}}, Func{T, bool}, TimeSpan, string, Func{T, string}?)"/>
    public static Task<T> ValueAsync<T>(Func<T> read, Func<T, bool> accept, TimeSpan deadline, string because, Func<T, string>? describe = null) =>
        ValueAsync(() => Task.FromResult(read()), accept, deadline, because, describe);

    private static string Describe<T>(T value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length > 500 ? text[..500] + "…" : text;
    }
}
