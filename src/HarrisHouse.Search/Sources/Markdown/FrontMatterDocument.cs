namespace HarrisHouse.Search.Sources.Markdown;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The text between the opening and closing <c>---</c> lines.</param>
/// <param name="YamlFirstLine">1-based line of the file on which the YAML starts.</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
internal sealed record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body)
{
    public static bool TrySplit(string text, out FrontMatterDocument document, out string error)
    {
        document = new FrontMatterDocument("", 1, text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var first = 0;
        if (lines.Length > 0 && lines[0].Length > 0 && lines[0][0] == '\uFEFF')
        {
            lines[0] = lines[0][1..];
        }

        if (lines.Length == 0 || lines[first].TrimEnd() != "---")
        {
            error = "the file does not start with a front matter block (a line '---', the YAML fields, then '---')";
            return false;
        }

        for (var i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[(first + 1)..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                document = new FrontMatterDocument(yaml, first + 2, body);
                error = "";
                return true;
            }
        }

        error = "the front matter block is not closed by a '---' line";
        return false;
    }
}
