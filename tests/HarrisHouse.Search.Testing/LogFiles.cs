namespace HarrisHouse.Search.Testing;

/// <summary>The service's log files, read while it still writes them.</summary>
public static class LogFiles
{
    /// <summary>How long a log line may take to reach the file (the file sink writes in the background).</summary>
    public static TimeSpan Deadline { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Every log file in <paramref name="directory"/>, joined; empty when there is none yet.</summary>
    public static string ReadAll(string directory) =>
        Directory.Exists(directory) ? string.Join("\n", Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).Select(ReadShared)) : "";

    /// <summary>Waits until the logs contain <paramref name="expected"/> and returns all of them.</summary>
    public static Task<string> WaitForAsync(string directory, string expected) =>
        WaitForAsync(directory, text => text.Contains(expected, StringComparison.Ordinal), $"'{expected}' to be written to the logs in {directory}");

    /// <summary>Waits until <paramref name="written"/> holds for the logs and returns all of them.</summary>
    public static Task<string> WaitForAsync(string directory, Func<string, bool> written, string because) =>
        Eventually.ValueAsync(() => ReadAll(directory), written, Deadline, because, text => $"{text.Length} characters of logs, ending \"{text[Math.Max(0, text.Length - 300)..]}\"");

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
