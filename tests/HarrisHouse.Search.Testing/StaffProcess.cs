using System.Diagnostics;

namespace HarrisHouse.Search.Testing;

/// <summary>The staff command as a separate operating-system process (for tests that kill it).</summary>
public static class StaffProcess
{
    /// <summary>
    /// Starts <c>hh-search</c> with <paramref name="args"/>, from the command's own build output (a test
    /// project on the ASP.NET framework does not copy the assemblies the command needs next to itself).
    /// </summary>
    public static Process Start(params string[] args)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "src", "HarrisHouse.Search.Cli", "bin", configuration, "net10.0", "hh-search.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The staff command is not built at {dll}.", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["Search__Semantic__Enabled"] = "false";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the staff command");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
