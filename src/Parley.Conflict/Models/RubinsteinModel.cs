using Parley.Randomness;
using Parley.Simulation;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>
/// Rubinstein alternating offers (<see cref="RubinsteinBargaining"/>) as a run model: on the
/// equilibrium path A's first offer x_A is accepted in round 0, so every run is an immediate
/// settlement with term x_A. Deterministic; included so that every named preset can be simulated and
/// exported alike.
/// </summary>
public readonly struct RubinsteinModel : IRunModel, IExplainedModel
{
    private static readonly RunValueColumn[] ValueColumns =
    [
        new("shareA", "the first proposer's (A's) share of the stake (0..1)", isAgreedTerm: true),
    ];

    /// <summary>Creates the model.</summary>
    public RubinsteinModel(RubinsteinBargaining game) => Game = game;

    /// <summary>The closed-form game.</summary>
    public RubinsteinBargaining Game { get; }

    /// <summary>The preset: name, provenance, parameters and defaults.</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "rubinstein",
        "Rubinstein 1982 alternating offers with per-round inside options and outside options",
        "[STD] subgame-perfect split; the inside-option form for unequal deltas and the outside-option cases derived in the code",
        [
            new ModelParameter("delta-a", 0.9, ParameterDomain.DiscountFactor, "A's (first proposer's) discount factor per round"),
            new ModelParameter("delta-b", 0.9, ParameterDomain.DiscountFactor, "B's discount factor per round"),
            new ModelParameter("inside-a", 0, ParameterDomain.Probability, "A's inside option: per-round share it gets while disagreeing"),
            new ModelParameter("inside-b", 0, ParameterDomain.Probability, "B's inside option per round"),
            new ModelParameter("outside-a", 0, ParameterDomain.Probability, "A's outside option: the share it gets by walking away (e.g. to war) when responding"),
            new ModelParameter("outside-b", 0, ParameterDomain.Probability, "B's outside option"),
        ],
        ps => new RubinsteinModel(new RubinsteinBargaining(ps["delta-a"], ps["delta-b"], ps["inside-a"], ps["inside-b"], ps["outside-a"], ps["outside-b"])));

    /// <inheritdoc />
    public string Name => Descriptor.Name;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns => ValueColumns;

    /// <inheritdoc />
    public IReadOnlyList<ModelFact> Facts() =>
    [
        new("proposerShare", Game.ProposerShare, "the first proposer's (A's) equilibrium share, accepted at once"),
        new("responderShare", Game.ResponderShare, "B's share"),
        new("shareWithoutOutsideOptions", Game.ShareWithoutOutsideOptions, "A's share if neither side could walk away"),
        new("outsideOptionBinds", (int)Game.Binding, "which outside options bind: 0 none, 1 A's, 2 B's, 3 both"),
    ];

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values)
    {
        values[0] = Game.ProposerShare;
        return RunRecord.Settlement(0, 0, 0, 0);
    }
}
