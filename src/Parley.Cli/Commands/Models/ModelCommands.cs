using Parley.Conflict.Models;
using Parley.Simulation.Parameters;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>The subcommands of <c>parley model</c>, one per preset.</summary>
public static class ModelCommands
{
    /// <summary>
    /// Every <c>model</c> subcommand: its name, the model whose declared parameters it takes, and whether
    /// it shows only the closed form (and so takes no parameter that only the simulation uses).
    /// </summary>
    public static IReadOnlyList<(string Name, ModelDescriptor Model, bool ClosedForm)> All { get; } =
    [
        ("fearon", FearonModel.Descriptor, true),
        ("powell", PowellModel.Descriptor, true),
        ("rubinstein", RubinsteinModel.Descriptor, true),
        ("smith-stam", SmithStamModel.Descriptor, false),
        ("filson-werner", FilsonWernerModel.Descriptor, false),
        ("slantchev", SlantchevModel.Descriptor, false),
    ];

    /// <summary>The subcommand named <paramref name="name"/>, or null.</summary>
    internal static (string Name, ModelDescriptor Model, bool ClosedForm)? Find(string name) =>
        All.Where(c => c.Name == name).Select(c => ((string, ModelDescriptor, bool)?)c).FirstOrDefault();

    /// <summary>Adds every model subcommand to the <c>model</c> branch.</summary>
    public static void Register(IConfigurator<CommandSettings> branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        branch.SetDescription("Formal war-bargaining models: closed forms and presets (fearon, powell, rubinstein, smith-stam, filson-werner, slantchev).");
        branch.AddCommand<FearonCommand>("fearon")
            .WithDescription("Fearon 1995: bargaining range, ultimatum; screening offer and war probability with --cost-bar.")
            .WithExample("model", "fearon", "--p", "0.6", "--cost-a", "0.1", "--cost-b", "0.15", "--cost-bar", "0.3", "--format", "json");
        branch.AddCommand<PowellCommand>("powell")
            .WithDescription("Powell 2006: preventive war under a power shift, and the threshold power.")
            .WithExample("model", "powell", "--delta", "0.9", "--power-now", "0.6", "--power-next", "0.3", "--cost-a", "0.5");
        branch.AddCommand<RubinsteinCommand>("rubinstein")
            .WithDescription("Rubinstein 1982 alternating offers with inside options: the subgame-perfect split.")
            .WithExample("model", "rubinstein", "--delta-a", "0.9", "--delta-b", "0.8", "--inside-a", "0.3", "--inside-b", "0.2");
        branch.AddCommand<SmithStamCommand>("smith-stam")
            .WithDescription("Smith & Stam 2004 (second-hand spec): forts random walk with non-common priors; parameters, facts, a small simulation.");
        branch.AddCommand<FilsonWernerCommand>("filson-werner")
            .WithDescription("Filson & Werner 2002 (second-hand spec): demands, battles, learning the defender's type.");
        branch.AddCommand<SlantchevCommand>("slantchev")
            .WithDescription("Slantchev 2003 (second-hand spec): battlefront walk, private strength, alternating offers.");
    }
}
