using Parley.Conflict.Models;
using Parley.Simulation.Parameters;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>The subcommands of <c>parley model</c>, one per preset.</summary>
public static class ModelCommands
{
    /// <summary>The models shown by a closed-form command of their own; every other model is simulated by <see cref="PresetCommand"/>.</summary>
    private static readonly HashSet<string> ClosedForms = [FearonModel.Descriptor.Name, PowellModel.Descriptor.Name, RubinsteinModel.Descriptor.Name];

    /// <summary>
    /// Every <c>model</c> subcommand, one per model of the catalog: its name, the model whose declared
    /// parameters it takes, and whether it shows only the closed form (and so takes no parameter that
    /// only the simulation uses).
    /// </summary>
    public static IReadOnlyList<(string Name, ModelDescriptor Model, bool ClosedForm)> All { get; } =
        [.. ModelCatalog.All.Select(m => (m.Name, m, ClosedForms.Contains(m.Name)))];

    /// <summary>The subcommand named <paramref name="name"/>, or null.</summary>
    internal static (string Name, ModelDescriptor Model, bool ClosedForm)? Find(string name) =>
        All.Where(c => c.Name == name).Select(c => ((string, ModelDescriptor, bool)?)c).FirstOrDefault();

    /// <summary>Adds every model subcommand to the <c>model</c> branch.</summary>
    public static void Register(IConfigurator<CommandSettings> branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        branch.SetDescription($"Formal war-bargaining models: closed forms and presets ({ModelCatalog.Names}).");
        branch.AddCommand<FearonCommand>("fearon")
            .WithDescription("Fearon 1995: bargaining range, ultimatum; screening offer and war probability with --cost-bar.")
            .WithExample("model", "fearon", "--p", "0.6", "--cost-a", "0.1", "--cost-b", "0.15", "--cost-bar", "0.3", "--format", "json");
        branch.AddCommand<PowellCommand>("powell")
            .WithDescription("Powell 2006: preventive war under a power shift, and the threshold power.")
            .WithExample("model", "powell", "--delta", "0.9", "--power-now", "0.6", "--power-next", "0.3", "--cost-a", "0.5");
        branch.AddCommand<RubinsteinCommand>("rubinstein")
            .WithDescription("Rubinstein 1982 alternating offers with inside options: the subgame-perfect split.")
            .WithExample("model", "rubinstein", "--delta-a", "0.9", "--delta-b", "0.8", "--inside-a", "0.3", "--inside-b", "0.2");
        // Every other model of the catalog: its declaration is all the command needs.
        foreach (var (name, model, _) in All.Where(c => !c.ClosedForm))
        {
            branch.AddCommand<PresetCommand>(name)
                .WithDescription(Markup.Escape($"{model.Title}. Parameters, facts at the start, a small simulation. {model.Provenance}."))
                .WithData(model);
        }
    }
}
