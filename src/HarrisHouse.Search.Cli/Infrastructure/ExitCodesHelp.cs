using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace HarrisHouse.Search.Cli.Infrastructure;

/// <summary>The standard help, with the exit codes once, under the root help's list of verbs.</summary>
public sealed class ExitCodesHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        if (command is not null)
        {
            return base.GetFooter(model, command);
        }

        var table = new Grid().AddColumn(new GridColumn().PadLeft(4).PadRight(2)).AddColumn();
        foreach (var (code, meaning) in ExitCodes.All)
        {
            table.AddRow(code.ToString(CultureInfo.InvariantCulture), Markup.Escape(meaning));
        }

        return [.. base.GetFooter(model, command), new Text("\n"), new Markup("[yellow]EXIT CODES:[/]\n"), table];
    }
}
