using System.Globalization;

namespace HarrisHouse.Search.Benchmarks.Peer;

/// <summary>
/// Steady state from repeated passes: the JVM (and .NET's tiered compiler) keep getting faster for about 20
/// passes, so both sides are compared on the median of the second half of their passes (20-39 of 40).
/// </summary>
public static class SteadyState
{
    public static int FirstPass(int passes) => passes / 2;

    public static double Of(IReadOnlyList<double> passes) => Median(passes.Skip(FirstPass(passes.Count)));

    public static string Window(int passes) => string.Create(CultureInfo.InvariantCulture, $"median of passes {FirstPass(passes)}-{passes - 1}");

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Every pass on one line, the steady-state window in brackets.</summary>
    public static string Passes(IReadOnlyList<double> passes, string format) =>
        string.Join(' ', passes.Select((v, i) =>
            (i == FirstPass(passes.Count) ? "[" : "") + v.ToString(format, CultureInfo.InvariantCulture) + (i == passes.Count - 1 ? "]" : "")));
}
