using Parley.Domain.Endings;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>
/// The Fearon (1995) bargaining game as a run model: each run draws B's private cost c_B ~ U[0, c̄],
/// A makes its screening demand x* (<see cref="FearonScreening"/>), B accepts iff c_B ≥ x* − p, and a
/// rejection starts a one-round war, a costly lottery that A wins with probability p. With c̄ = 0 the
/// information is complete: A's ultimatum min(1, p + c_B) is accepted at once. Over many runs the war
/// frequency estimates the closed-form Pr(war). Casualties are the war costs in pie units.
/// </summary>
public readonly struct FearonModel : IRunModel, IExplainedModel
{
    private static readonly RunValueColumn[] ValueColumns =
    [
        new("shareA", "A's share of the stake in the agreement (0..1)", isAgreedTerm: true),
        new("costB", "B's cost of war drawn for this run (pie units)", isAgreedTerm: false),
    ];

    private const double Tolerance = 1e-12;

    private readonly double _offer;
    private readonly double _costB;

    /// <summary>Creates the model.</summary>
    /// <param name="p">Pr(A wins a war).</param>
    /// <param name="costA">A's cost of war.</param>
    /// <param name="costB">B's cost of war, used when <paramref name="costBar"/> is 0.</param>
    /// <param name="costBar">Upper bound of B's private cost; 0 for complete information.</param>
    /// <param name="daysPerRound">Days a round of war lasts.</param>
    public FearonModel(double p, double costA, double costB, double costBar, double daysPerRound)
    {
        Bargaining = new FearonBargaining(p, costA, costB);
        CostBar = Descriptor.Check("cost-bar", costBar);
        DaysPerRound = Descriptor.Check("days-per-round", daysPerRound);
        _offer = costBar > 0 ? Bargaining.Screening(costBar).Offer : Bargaining.UltimatumOffer;
        _costB = costB;
    }

    /// <summary>The complete-information game (p, c_A, c_B).</summary>
    public FearonBargaining Bargaining { get; }

    /// <summary>Upper bound of B's private cost (0: complete information).</summary>
    public double CostBar { get; }

    /// <summary>Days per round of war.</summary>
    public double DaysPerRound { get; }

    /// <summary>A's demand in every run.</summary>
    public double Offer => _offer;

    /// <summary>The preset: name, provenance, parameters and defaults.</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "fearon",
        "Fearon 1995, Rationalist Explanations for War (IO 49(3)): bargaining range and screening under private costs",
        "[READ] range and ultimatum; [STD] screening offer and war probability, re-derived",
        [
            new ModelParameter("p", 0.5, ParameterDomain.Probability, "probability that A wins a war"),
            new ModelParameter("cost-a", 0.1, ParameterDomain.NonNegative, "A's cost of war", "share of the stake"),
            new ModelParameter("cost-b", 0.15, ParameterDomain.NonNegative, "B's cost of war, used when cost-bar is 0 (complete information)"),
            new ModelParameter("cost-bar", 0.3, ParameterDomain.NonNegative, "upper bound of B's private cost, drawn U[0, cost-bar] each run; 0 = complete information"),
            new ModelParameter("days-per-round", 30, ParameterDomain.Positive, "days one round of war lasts", "days") { SimulationOnly = true },
        ],
        ps => new FearonModel(ps["p"], ps["cost-a"], ps["cost-b"], ps["cost-bar"], ps["days-per-round"]));

    /// <inheritdoc />
    public string Name => Descriptor.Name;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns => ValueColumns;

    /// <inheritdoc />
    public IReadOnlyList<ModelFact> Facts()
    {
        var screening = CostBar > 0 ? Bargaining.Screening(CostBar) : (FearonScreening?)null;
        return
        [
            new("rangeLow", Bargaining.RangeLow, "lower end of the bargaining range, max(0, p - c_A): A's value of war"),
            new("rangeHigh", Bargaining.RangeHigh, "upper end, min(1, p + c_B): one minus B's value of war"),
            new("ultimatumOffer", Bargaining.UltimatumOffer, "A's take-it-or-leave-it demand under complete information"),
            new("nashPoint", Bargaining.NashPoint, "symmetric Nash bargaining split with war as the threat point"),
            new("screeningOffer", screening?.Offer ?? double.NaN, "A's optimal demand when B's cost is private, U[0, cost-bar]"),
            new("warProbability", screening?.WarProbability ?? 0, "probability that B rejects the demand and war follows"),
        ];
    }

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values)
    {
        var p = Bargaining.P;
        var costB = CostBar > 0 ? random.NextDouble() * CostBar : _costB;
        values[1] = costB;
        // B accepts when 1 - x >= 1 - p - c_B; an indifferent B accepts (ties within rounding error).
        if (costB >= _offer - p - Tolerance)
        {
            values[0] = _offer;
            return RunRecord.Settlement(0, 0, 0, 0);
        }
        var winner = random.NextDouble() < p ? Side.A : Side.B;
        return RunRecord.Decisive(Ending.MilitaryVictory, winner, 1, DaysPerRound, Bargaining.CostA, costB);
    }
}
