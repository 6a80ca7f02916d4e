using Parley.Domain.Endings;
using Parley.Domain;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>
/// The Powell power-shift game (<see cref="PowellShift"/>) as a run model. When the commitment problem
/// bites, A fights a preventive war at once: a costly lottery it wins with probability p_t. Otherwise B
/// buys A off and the run ends in a settlement whose term is A's per-period share after the shift.
/// The decision is deterministic; only the war's outcome is random.
/// </summary>
public readonly struct PowellModel : IRunModel, IExplainedModel
{
    private static readonly RunValueColumn[] ValueColumns =
    [
        new("shareA", "A's per-period share of the flow after the power shift (0..1)", isAgreedTerm: true),
    ];

    /// <summary>Creates the model.</summary>
    public PowellModel(PowellShift shift, double costB, double daysPerRound)
    {
        Shift = shift;
        CostB = Descriptor.Check("cost-b", costB);
        DaysPerRound = Descriptor.Check("days-per-round", daysPerRound);
    }

    /// <summary>The closed-form game.</summary>
    public PowellShift Shift { get; }

    /// <summary>B's cost of war (casualties only; it does not enter A's decision).</summary>
    public double CostB { get; }

    /// <summary>Days per round of war.</summary>
    public double DaysPerRound { get; }

    /// <summary>The preset: name, provenance, parameters and defaults (the reference test case, which gives war).</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "powell",
        "Powell 2006, War as a Commitment Problem (IO 60(1)): preventive war under a discrete power shift",
        "[READ] mechanism; [STD] discrete-shift condition re-derived (Powell's cost normalisation may differ)",
        [
            new ModelParameter("delta", 0.9, ParameterDomain.OpenProbability, "discount factor per period, strictly between 0 and 1"),
            new ModelParameter("power-now", 0.6, ParameterDomain.Probability, "A's chance of winning a war now (p_t)"),
            new ModelParameter("power-next", 0.3, ParameterDomain.Probability, "A's chance after the shift (p_t+1)"),
            new ModelParameter("cost-a", 0.5, ParameterDomain.NonNegative, "A's lump-sum cost of war", "per-period flow units"),
            new ModelParameter("cost-b", 0.5, ParameterDomain.NonNegative, "B's lump-sum cost of war (reported as casualties)") { SimulationOnly = true },
            new ModelParameter("days-per-round", 30, ParameterDomain.Positive, "days one round of war lasts", "days") { SimulationOnly = true },
        ],
        ps => new PowellModel(new PowellShift(ps["delta"], ps["power-now"], ps["power-next"], ps["cost-a"]), ps["cost-b"], ps["days-per-round"]));

    /// <inheritdoc />
    public string Name => Descriptor.Name;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns => ValueColumns;

    /// <inheritdoc />
    public IReadOnlyList<ModelFact> Facts() =>
    [
        new("fightValue", Shift.FightValue, "A's value of fighting now, p_t/(1 - delta) - c_A"),
        new("peaceValue", Shift.PeaceValue, "the most B can credibly offer, 1 + delta (p_t+1/(1 - delta) - c_A)"),
        new("war", Shift.War ? 1 : 0, "1 when A fights a preventive war"),
        new("thresholdPower", Shift.ThresholdPower, "p_t+1 below which A fights"),
    ];

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values)
    {
        if (!Shift.War)
        {
            values[0] = Shift.ShareAfterShift;
            return RunRecord.Settlement(0, 0, 0, 0);
        }
        var winner = random.NextDouble() < Shift.PowerNow ? Side.A : Side.B;
        return RunRecord.Decisive(Ending.MilitaryVictory, winner, 1, DaysPerRound, Shift.CostA, CostB);
    }
}
