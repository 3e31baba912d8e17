using Spectre.Console;

namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>How a column gives way when a table is wider than the terminal.</summary>
public enum ColumnFit
{
    /// <summary>Never narrowed (ranks, numbers, types).</summary>
    Keep,

    /// <summary>Cut at the end with an ellipsis (titles, URLs).</summary>
    Truncate,

    /// <summary>Cut at the start with an ellipsis, keeping the end (file paths, whose file name matters most).</summary>
    TruncateStart,

    /// <summary>Wrapped onto more lines (sentences).</summary>
    Wrap,
}

/// <param name="MinWidth">How narrow the column may become; a URL staff must recognise gives way after a title.</param>
public sealed record FittedColumn(string Header, ColumnFit Fit = ColumnFit.Keep, bool RightAligned = false, int MinWidth = 8);

/// <summary>
/// A table that fits the terminal: the columns that may give way are narrowed, widest first, until the
/// table fits; piped, the same rows are written as tab-separated lines with a header line.
/// </summary>
public static class FittedTable
{
    public static void Write(IAnsiConsole console, OutputFormat format, string? title, IReadOnlyList<FittedColumn> columns, IReadOnlyList<string[]> rows)
    {
        if (format.Plain)
        {
            WritePlain(console, columns, rows);
            return;
        }

        var widths = Fit(columns, rows, console.Profile.Width);
        var table = new Table();
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var column = new TableColumn(Markup.Escape(columns[c].Header)) { Width = widths[c] };
            if (columns[c].Fit != ColumnFit.Wrap)
            {
                column.NoWrap();
            }

            table.AddColumn(columns[c].RightAligned ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select((value, c) => Markup.Escape(Cut(value, columns[c].Fit, widths[c]))).ToArray());
        }

        console.Write(table);
    }

    /// <summary>Column widths whose table, borders and padding included, is at most <paramref name="maxWidth"/> wide.</summary>
    internal static int[] Fit(IReadOnlyList<FittedColumn> columns, IReadOnlyList<string[]> rows, int maxWidth)
    {
        var widths = columns.Select((column, c) => rows.Select(r => r[c].Length).Append(column.Header.Length).Max()).ToArray();

        // A boxed table spends one character per border and one of padding each side of every cell.
        var budget = maxWidth - (3 * columns.Count) - 1;
        while (widths.Sum() > budget)
        {
            var widest = Enumerable.Range(0, columns.Count)
                .Where(c => columns[c].Fit != ColumnFit.Keep && widths[c] > columns[c].MinWidth)
                .OrderByDescending(c => widths[c] - columns[c].MinWidth)
                .DefaultIfEmpty(-1)
                .First();
            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
        }

        return widths;
    }

    private static string Cut(string value, ColumnFit fit, int width) => fit switch
    {
        _ when value.Length <= width => value,
        ColumnFit.Truncate => string.Concat(value.AsSpan(0, Math.Max(0, width - 1)), "…"),
        ColumnFit.TruncateStart => string.Concat("…", value.AsSpan(value.Length - Math.Max(0, width - 1))),
        _ => value,
    };

    private static void WritePlain(IAnsiConsole console, IReadOnlyList<FittedColumn> columns, IReadOnlyList<string[]> rows)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(string.Join('\t', columns.Select(c => c.Header)) + "\n");
        foreach (var row in rows)
        {
            // A tab or line break inside a value would break the line into false columns or rows.
            writer.Write(string.Join('\t', row.Select(v => v.Replace('\t', ' ').Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal))) + "\n");
        }

        writer.Flush();
    }
}
