using System.Globalization;

namespace HarrisHouse.Search.Searching;

/// <summary>
/// Parameters arrive as text (a query string, a command line) and are parsed here, so that "page=abc" gets
/// an error that names the parameter and what it accepts. <paramref name="label"/> gives a parameter's name
/// as the caller knows it (<c>pageSize</c> in the API, <c>--page-size</c> on the command line).
/// </summary>
public sealed class ParameterParsing(Func<string, string>? label = null)
{
    private readonly List<(string Parameter, string Message)> _errors = [];

    /// <summary>The parameter's name as the caller knows it.</summary>
    public string Label(string parameter) => label?.Invoke(parameter) ?? parameter;

    public IReadOnlyList<(string Parameter, string Message)> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(string parameter, string message) => _errors.Add((parameter, message));

    public int Integer(string name, string? value, int defaultValue)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Add(name, $"{Label(name)} must be a whole number; it was '{Shorten(value)}'.");
        return defaultValue;
    }

    /// <summary>"true" or "false" (any case), the default when absent; anything else is reported, never guessed.</summary>
    public bool Boolean(string name, string? value, bool defaultValue)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (bool.TryParse(value.Trim(), out var result))
        {
            return result;
        }

        Add(name, $"{Label(name)} must be true or false; it was '{Shorten(value)}'.");
        return defaultValue;
    }

    /// <summary>One of an enum's names (any case), or null when absent; anything else is reported.</summary>
    public TEnum? Choice<TEnum>(string name, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var choice in Enum.GetValues<TEnum>())
        {
            if (choice.ToString().Equals(value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        var names = Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant());
        Add(name, $"{Label(name)} must be one of {string.Join(", ", names)}; it was '{Shorten(value)}'.");
        return null;
    }

    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
