using HarrisHouse.Search.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HarrisHouse.Search.Sources.Markdown;

/// <summary>Reads the YAML front matter of a content file into <see cref="ContentFields"/>, remembering lines.</summary>
internal static class FrontMatterReader
{
    private static readonly HashSet<string> KnownFields = new(ContentFields.Names, StringComparer.OrdinalIgnoreCase);

    public static ContentFields Read(FrontMatterDocument document, string source, List<ContentProblem> problems)
    {
        var fields = new ContentFields();
        YamlMappingNode mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(document.Yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ContentProblem(source, document.YamlFirstLine, null, "the front matter is not a set of 'field: value' lines"));
                return fields;
            }

            mapping = root;
        }
        catch (YamlException ex)
        {
            var line = document.YamlFirstLine + (int)Math.Max(0, ex.Start.Line - 1);
            problems.Add(new ContentProblem(source, line, null, $"the front matter is not valid YAML: {FirstSentence(ex)}"));
            return fields;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = document.YamlFirstLine + (int)keyNode.Start.Line - 1;
            fields.Lines[key] = line;
            if (!KnownFields.Contains(key))
            {
                fields.Warnings.Add(new ContentProblem(source, line, key, $"is not a known field and was ignored{NearestName.Hint(key, ContentFields.Names)}"));
                continue;
            }

            switch (key.ToLowerInvariant())
            {
                case "categories":
                    fields.Categories = ReadList(valueNode, key, line, source, problems);
                    break;
                case "tags":
                    fields.Tags = ReadList(valueNode, key, line, source, problems);
                    break;
                case "listing":
                    fields.Listing = ReadBoolean(valueNode, key, line, source, problems);
                    break;
                case "search":
                    fields.Search = ReadBoolean(valueNode, key, line, source, problems);
                    break;
                case "search_phrases":
                    // A phrase may hold a comma ("my son, 19, is using again"): a single value is one phrase.
                    fields.SearchPhrases = ReadList(valueNode, key, line, source, problems, splitCommas: false);
                    break;
                default:
                    var scalar = ReadScalar(valueNode, key, line, source, problems);
                    Assign(fields, key.ToLowerInvariant(), scalar);
                    break;
            }
        }

        return fields;
    }

    private static void Assign(ContentFields fields, string key, string? value)
    {
        switch (key)
        {
            case "type": fields.Type = value; break;
            case "title": fields.Title = value; break;
            case "url": fields.Url = value; break;
            case "summary": fields.Summary = value; break;
            case "author": fields.Author = value; break;
            case "date": fields.Date = value; break;
        }
    }

    private static string? ReadScalar(YamlNode node, string key, int line, string source, List<ContentProblem> problems)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        problems.Add(new ContentProblem(source, line, key, "must be a single value, not a list or a mapping"));
        return null;
    }

    private static List<string> ReadList(YamlNode node, string key, int line, string source, List<ContentProblem> problems, bool splitCommas = true)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } value })
                    {
                        values.Add(value);
                    }
                    else
                    {
                        problems.Add(new ContentProblem(source, line, key, "every entry must be plain text"));
                    }
                }

                return values;
            case YamlScalarNode { Value: { } single } when single.Length > 0 && !splitCommas:
                return [single];
            case YamlScalarNode { Value: { } single } when single.Length > 0:
                return single.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            case YamlScalarNode:
                return [];
            default:
                var example = key.Equals("search_phrases", StringComparison.OrdinalIgnoreCase) ? "[\"how do I get my son into rehab\"]" : "[Recovery, Family]";
                problems.Add(new ContentProblem(source, line, key, $"must be a list, like {example}"));
                return [];
        }
    }

    private static bool ReadBoolean(YamlNode node, string key, int line, string source, List<ContentProblem> problems)
    {
        var value = (node as YamlScalarNode)?.Value?.Trim();
        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        problems.Add(new ContentProblem(source, line, key, $"'{value}' is not true or false"));
        return false;
    }

    private static string FirstSentence(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf("). ", StringComparison.Ordinal);
        return cut > 0 ? message[(cut + 3)..] : message;
    }
}
