using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Every parameter of every simulation preset, so that <c>parley simulate --model NAME --param value</c>
/// parses under strict parsing; the chosen model's descriptor then rejects parameters it does not have,
/// listing the ones it does. Defaults live in the library (src/Parley/Conflict/Models), not here.
/// </summary>
public class ModelParameterSettings : FormatSettings
{
    /// <summary>Number of runs.</summary>
    [CommandOption("--runs <N>")]
    [Description("Number of simulated runs (at least 1).")]
    public int? Runs { get; init; }

    /// <summary>Master seed.</summary>
    [CommandOption("--seed <S>")]
    [Description("Master seed (default 1): run i draws from stream i of this seed.")]
    public ulong? Seed { get; init; }

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <T>")]
    [Description("Worker threads (default: every core). Results do not depend on it.")]
    public int? Threads { get; init; }

    /// <summary>--p.</summary>
    [CommandOption("-p <VALUE>")]
    [Description("(fearon) Probability that A wins a war; also written --p.")]
    public string? P { get; init; }

    /// <summary>--cost-a.</summary>
    [CommandOption("--cost-a <VALUE>")]
    [Description("(all but rubinstein) A's cost of war (per battle in the walk models).")]
    public string? CostA { get; init; }

    /// <summary>--cost-b.</summary>
    [CommandOption("--cost-b <VALUE>")]
    [Description("(all but rubinstein) B's cost of war (per battle in the walk models).")]
    public string? CostB { get; init; }

    /// <summary>--cost-bar.</summary>
    [CommandOption("--cost-bar <VALUE>")]
    [Description("(fearon) Upper bound of B's private cost; 0 = complete information.")]
    public string? CostBar { get; init; }

    /// <summary>--days-per-round.</summary>
    [CommandOption("--days-per-round <VALUE>")]
    [Description("(all but rubinstein) Days one round lasts.")]
    public string? DaysPerRound { get; init; }

    /// <summary>--delta.</summary>
    [CommandOption("--delta <VALUE>")]
    [Description("(powell) Discount factor, strictly between 0 and 1.")]
    public string? Delta { get; init; }

    /// <summary>--power-now.</summary>
    [CommandOption("--power-now <VALUE>")]
    [Description("(powell) A's chance of winning a war now.")]
    public string? PowerNow { get; init; }

    /// <summary>--power-next.</summary>
    [CommandOption("--power-next <VALUE>")]
    [Description("(powell) A's chance after the power shift.")]
    public string? PowerNext { get; init; }

    /// <summary>--delta-a.</summary>
    [CommandOption("--delta-a <VALUE>")]
    [Description("(rubinstein) A's discount factor per round.")]
    public string? DeltaA { get; init; }

    /// <summary>--delta-b.</summary>
    [CommandOption("--delta-b <VALUE>")]
    [Description("(rubinstein) B's discount factor per round.")]
    public string? DeltaB { get; init; }

    /// <summary>--inside-a.</summary>
    [CommandOption("--inside-a <VALUE>")]
    [Description("(rubinstein) A's inside option per round.")]
    public string? InsideA { get; init; }

    /// <summary>--inside-b.</summary>
    [CommandOption("--inside-b <VALUE>")]
    [Description("(rubinstein) B's inside option per round.")]
    public string? InsideB { get; init; }

    /// <summary>--outside-a.</summary>
    [CommandOption("--outside-a <VALUE>")]
    [Description("(rubinstein) A's outside option: the share it gets by walking away when responding.")]
    public string? OutsideA { get; init; }

    /// <summary>--outside-b.</summary>
    [CommandOption("--outside-b <VALUE>")]
    [Description("(rubinstein) B's outside option.")]
    public string? OutsideB { get; init; }

    /// <summary>--forts.</summary>
    [CommandOption("--forts <N>")]
    [Description("(smith-stam) Number of forts.")]
    public string? Forts { get; init; }

    /// <summary>--positions.</summary>
    [CommandOption("--positions <N>")]
    [Description("(slantchev) Length of the battlefront.")]
    public string? Positions { get; init; }

    /// <summary>--start.</summary>
    [CommandOption("--start <N>")]
    [Description("(smith-stam, slantchev) Forts A holds / front position at the start.")]
    public string? Start { get; init; }

    /// <summary>--theta.</summary>
    [CommandOption("--theta <VALUE>")]
    [Description("(smith-stam) True probability that A wins a battle.")]
    public string? Theta { get; init; }

    /// <summary>--alpha-a.</summary>
    [CommandOption("--alpha-a <VALUE>")]
    [Description("(smith-stam) A's Beta prior over theta: alpha.")]
    public string? AlphaA { get; init; }

    /// <summary>--beta-a.</summary>
    [CommandOption("--beta-a <VALUE>")]
    [Description("(smith-stam) A's Beta prior over theta: beta.")]
    public string? BetaA { get; init; }

    /// <summary>--alpha-b.</summary>
    [CommandOption("--alpha-b <VALUE>")]
    [Description("(smith-stam) B's Beta prior over theta: alpha.")]
    public string? AlphaB { get; init; }

    /// <summary>--beta-b.</summary>
    [CommandOption("--beta-b <VALUE>")]
    [Description("(smith-stam) B's Beta prior over theta: beta.")]
    public string? BetaB { get; init; }

    /// <summary>--max-rounds.</summary>
    [CommandOption("--max-rounds <N>")]
    [Description("(smith-stam, slantchev) Battles after which a run is a stalemate.")]
    public string? MaxRounds { get; init; }

    /// <summary>--prior-strong.</summary>
    [CommandOption("--prior-strong <VALUE>")]
    [Description("(filson-werner, slantchev) Prior probability that B is strong.")]
    public string? PriorStrong { get; init; }

    /// <summary>--win-vs-strong.</summary>
    [CommandOption("--win-vs-strong <VALUE>")]
    [Description("(filson-werner, slantchev) A's battle-win chance against a strong B.")]
    public string? WinVsStrong { get; init; }

    /// <summary>--win-vs-weak.</summary>
    [CommandOption("--win-vs-weak <VALUE>")]
    [Description("(filson-werner, slantchev) A's battle-win chance against a weak B.")]
    public string? WinVsWeak { get; init; }

    /// <summary>--battles-a.</summary>
    [CommandOption("--battles-a <N>")]
    [Description("(filson-werner) Battles A must win to win the war.")]
    public string? BattlesA { get; init; }

    /// <summary>--battles-b.</summary>
    [CommandOption("--battles-b <N>")]
    [Description("(filson-werner) Battles B must win to win the war.")]
    public string? BattlesB { get; init; }

    /// <summary>--collapse.</summary>
    [CommandOption("--collapse <VALUE>")]
    [Description("(filson-werner) Chance that a battle's loser collapses and capitulates.")]
    public string? Collapse { get; init; }

    /// <summary>--bluff.</summary>
    [CommandOption("--bluff <VALUE>")]
    [Description("(filson-werner, slantchev) Chance that a weak B acts as a strong one would; -1 (the default) chooses it in equilibrium.")]
    public string? Bluff { get; init; }
}
