namespace HarrisHouse.Search.Testing;

/// <summary>The Chromium the browser tests drive with Playwright (installed from Debian, never downloaded), and how.</summary>
public static class Chromium
{
    /// <summary>Headless, sandbox off (containers), and nothing that reaches out to the network on its own.</summary>
    public static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"];

    public const string Missing = "No Chromium found: install it with 'apt-get install -y chromium' (or set HH_CHROMIUM to a Chromium binary) to run the browser tests.";

    /// <summary>HH_CHROMIUM, else Debian's or Ubuntu's Chromium; null when there is none.</summary>
    public static string? Path =>
        new[] { Environment.GetEnvironmentVariable("HH_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}
