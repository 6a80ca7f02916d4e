using Parley.Conflict.Models;
using Parley.Simulation.Parameters;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Spectre's help, with the model parameters generated from their declaration: <c>parley model NAME
/// --help</c> lists that model's parameters (meaning, unit, domain and default), and <c>parley simulate
/// --help</c> lists every model's.
/// </summary>
public sealed class ParameterHelp : HelpProvider
{
    /// <summary>Creates the help provider.</summary>
    public ParameterHelp(ICommandAppSettings settings) : base(settings) { }

    /// <inheritdoc />
    public override IEnumerable<IRenderable> GetOptions(ICommandModel model, ICommandInfo? command)
    {
        var options = base.GetOptions(model, command).ToList();
        var sections = Sections(command).ToList();
        if (sections.Count == 1 && options.LastOrDefault() is Grid { Columns.Count: 2 } grid)
        {
            // One model: its parameters are options of the command like the others.
            AddRows(grid, sections[0].Parameters);
            return options;
        }
        foreach (var (title, parameters) in sections)
        {
            options.Add(new Markup(Environment.NewLine + $"[yellow]{Markup.Escape(title)}:[/]" + Environment.NewLine));
            var table = new Grid();
            table.AddColumn(new GridColumn { Padding = new Padding(4, 0, 4, 0) }.NoWrap());
            table.AddColumn(new GridColumn { Padding = new Padding(0, 0, 0, 0) });
            AddRows(table, parameters);
            options.Add(table);
        }
        return options;
    }

    /// <summary>The parameter sections of <paramref name="command"/>'s help: none for a command without model parameters.</summary>
    internal static IEnumerable<(string Title, IReadOnlyList<ModelParameter> Parameters)> Sections(ICommandInfo? command)
    {
        if (command is { Name: "simulate", Parent: null })
        {
            foreach (var descriptor in ModelCatalog.All)
            {
                yield return ($"PARAMETERS WITH --model {descriptor.Name}", descriptor.Parameters);
            }
        }
        else if (command is { Parent.Name: "model" } && ModelCommands.Find(command.Name) is { } found)
        {
            yield return ("MODEL PARAMETERS", [.. found.Model.Parameters.Where(p => !found.ClosedForm || !p.SimulationOnly)]);
        }
    }

    private static void AddRows(Grid grid, IEnumerable<ModelParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            grid.AddRow(
                new Text($"    --{parameter.Name} <{ModelParameterArguments.Placeholder(parameter)}>"),
                new Text(parameter.Help));
        }
    }
}
