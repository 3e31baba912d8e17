using System.Diagnostics;

namespace HarrisHouse.Search.WordPressTests;

/// <summary>A script or tool run to completion with a deadline, its output captured.</summary>
public sealed record ScriptRun(int ExitCode, string Output, string Errors)
{
    public static async Task<ScriptRun> RunAsync(string file, IEnumerable<string> args, TimeSpan deadline, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {deadline.TotalSeconds:0} s. Errors so far: {await errors}");
        }

        return new ScriptRun(process.ExitCode, await output, await errors);
    }

    /// <summary>Whether a program is on the PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
