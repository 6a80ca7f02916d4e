using Parley.Domain.Endings;
using Parley.Domain;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>
/// Slantchev (2003), "The Principle of Convergence in Wartime Negotiations", APSR 97(4): bargaining and
/// fighting at once, with learning from offers and from battles [READ: abstract]. The structure here is
/// WRITTEN FROM A SECOND-HAND SPECIFICATION ([MEM] in the reference), not from the paper's equilibrium.
/// <para>
/// State: a battlefront k in {0..N}, moving one step per battle; A wins the war at N (payoff 1), B at 0
/// (payoff 0 to A). B is strong or weak (private, drawn per run with prior μ₀); A advances with
/// probability p_S against a strong B and p_W &gt; p_S against a weak one. Each battle costs A c_A and B
/// c_B. Full-information war values V_i^t(k) are gambler's-ruin values net of expected costs.
/// </para>
/// <para>
/// Offers alternate, A first. A proposes by the screening rule of <see cref="ScreeningDemand"/> (a weak
/// B bluffs with probability β). By default β is a fixed, exogenous 0.8; with the bluff parameter at -1
/// it is chosen in equilibrium at each state: the semi-separating rate that leaves A indifferent between
/// its screening and pooling demands
/// (<see cref="ScreeningDemand.EquilibriumBluff"/>: it falls as A's belief that B is strong rises and as
/// A's war costs rise); the weak type uses the same rate in its own proposal rounds (a simplification:
/// no separate indifference condition is solved for B's offers). A fixed β in [0, 1] keeps it exogenous. B proposes A's expected war value y = μV_A^S + (1 − μ)V_A^W, which
/// both types make when even a strong B prefers it to fighting (a pooling offer, no information).
/// Otherwise a strong B makes a non-serious offer, and a weak B either reveals itself by offering V_A^W,
/// which A accepts, or bluffs (probability β) with a non-serious offer. A updates μ by Bayes' rule on
/// every rejection or non-serious offer and on every battle outcome. Wars end in a settlement at (or
/// near) the revealed type far more often than in military victory: offers carry more information than
/// battles.
/// </para>
/// </summary>
internal readonly struct SlantchevModel : IRunModel, IExplainedModel
{
    private static readonly RunValueColumn[] ValueColumns =
    [
        new("shareA", "A's share of the stake in the agreement (0..1)", isAgreedTerm: true),
        new("defenderStrong", "1 when B was strong in this run, 0 when weak", isAgreedTerm: false),
        new("finalBelief", "A's final probability that B is strong", isAgreedTerm: false),
        new("front", "battlefront position when the run ended (0..N)", isAgreedTerm: false),
    ];

    // A strong B that is exactly indifferent (within rounding error) makes the pooling offer.
    private const double Tolerance = 1e-12;

    private readonly double[] _valueAStrong;
    private readonly double[] _valueAWeak;
    private readonly double[] _valueBStrong;
    private readonly double[] _valueBWeak;

    /// <summary>Creates the model, checks its thresholds can be reached and precomputes the war values.</summary>
    public SlantchevModel(int positions, int start, double priorStrong, double winVsStrong, double winVsWeak,
        double bluff, double costA, double costB, int maxRounds, double daysPerRound)
    {
        if (positions < 2)
        {
            throw new ModelException(name => $"{name("positions")} is {positions}: the front needs at least 2 steps between the two victories");
        }
        if (start < 1 || start >= positions)
        {
            throw new ModelException(name => $"{name("start")} is {start}: the front must start strictly between 0 and {positions}");
        }
        if (maxRounds < Math.Min(start, positions - start))
        {
            throw new ModelException(name => $"{name("max-rounds")} {maxRounds} is fewer than the {Math.Min(start, positions - start)} battles the front needs to reach either end: military victory could never be reached; raise it");
        }
        Positions = positions;
        Start = start;
        PriorStrong = Descriptor.Check("prior-strong", priorStrong);
        WinVsStrong = Descriptor.Check("win-vs-strong", winVsStrong);
        WinVsWeak = Descriptor.Check("win-vs-weak", winVsWeak);
        if (winVsWeak <= winVsStrong)
        {
            throw new ModelException(name => $"{name("win-vs-weak")} {ModelChecks.Text(winVsWeak)} is not above {name("win-vs-strong")} {ModelChecks.Text(winVsStrong)}: A must advance more often against a weak defender");
        }
        Bluff = Descriptor.Check("bluff", bluff);
        CostA = Descriptor.Check("cost-a", costA);
        CostB = Descriptor.Check("cost-b", costB);
        MaxRounds = maxRounds;
        DaysPerRound = Descriptor.Check("days-per-round", daysPerRound);
        _valueAStrong = new double[positions + 1];
        _valueAWeak = new double[positions + 1];
        _valueBStrong = new double[positions + 1];
        _valueBWeak = new double[positions + 1];
        for (var k = 0; k <= positions; k++)
        {
            GamblersRuin.Solve(winVsStrong, k, positions, out var winS, out var battlesS);
            GamblersRuin.Solve(winVsWeak, k, positions, out var winW, out var battlesW);
            _valueAStrong[k] = winS - (costA * battlesS);
            _valueBStrong[k] = 1 - winS - (costB * battlesS);
            _valueAWeak[k] = winW - (costA * battlesW);
            _valueBWeak[k] = 1 - winW - (costB * battlesW);
        }
    }

    /// <summary>N, the far end of the front (A's victory).</summary>
    public int Positions { get; }

    /// <summary>Starting position of the front.</summary>
    public int Start { get; }

    /// <summary>μ₀, the prior probability that B is strong.</summary>
    public double PriorStrong { get; }

    /// <summary>p_S, A's chance of advancing against a strong B.</summary>
    public double WinVsStrong { get; }

    /// <summary>p_W, A's chance against a weak B.</summary>
    public double WinVsWeak { get; }

    /// <summary>β, the chance that a weak B bluffs; -1 when it is chosen in equilibrium at each state.</summary>
    public double Bluff { get; }

    /// <summary>True when the bluffing rate is chosen in equilibrium rather than fixed.</summary>
    public bool EquilibriumBluff => Bluff < 0;

    /// <summary>A's cost per battle.</summary>
    public double CostA { get; }

    /// <summary>B's cost per battle.</summary>
    public double CostB { get; }

    /// <summary>Battles after which the run is a stalemate.</summary>
    public int MaxRounds { get; }

    /// <summary>Days per round (an offer and, if no deal, a battle).</summary>
    public double DaysPerRound { get; }

    /// <summary>The preset: name, provenance, parameters and defaults.</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "slantchev",
        "Slantchev 2003, The Principle of Convergence in Wartime Negotiations (APSR 97(4)): battlefront walk, private strength, alternating offers",
        "[READ] abstract; [MEM] structure written from a second-hand specification, not the paper's equilibrium",
        [
            new ModelParameter("positions", 8, ParameterDomain.Count, "front length N: A wins at N, B at 0"),
            new ModelParameter("start", 4, ParameterDomain.Count, "starting position of the front (1..N-1)"),
            new ModelParameter("prior-strong", 0.5, ParameterDomain.Probability, "prior probability that B is strong (drawn per run)"),
            new ModelParameter("win-vs-strong", 0.4, ParameterDomain.OpenProbability, "A's chance of advancing against a strong B"),
            new ModelParameter("win-vs-weak", 0.65, ParameterDomain.OpenProbability, "A's chance of advancing against a weak B (above win-vs-strong)"),
            new ModelParameter("bluff", 0.8, ParameterDomain.ProbabilityOrEquilibrium, "chance that a weak B rejects or refuses as a strong one would (exogenous); -1: chosen in equilibrium (A indifferent between screening and pooling)"),
            new ModelParameter("cost-a", 0.005, ParameterDomain.NonNegative, "A's cost per battle", "share of the stake"),
            new ModelParameter("cost-b", 0.005, ParameterDomain.NonNegative, "B's cost per battle", "share of the stake"),
            new ModelParameter("max-rounds", 1000, ParameterDomain.Count, "battles after which the run counts as a stalemate"),
            new ModelParameter("days-per-round", 7, ParameterDomain.Positive, "days one round (an offer and a battle) lasts", "days") { SimulationOnly = true },
        ],
        ps => new SlantchevModel(ps.Count("positions"), ps.Count("start"), ps["prior-strong"], ps["win-vs-strong"], ps["win-vs-weak"],
            ps["bluff"], ps["cost-a"], ps["cost-b"], ps.Count("max-rounds"), ps["days-per-round"]));

    /// <inheritdoc />
    public string Name => Descriptor.Name;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns => ValueColumns;

    /// <summary>A's full-information war value at front position <paramref name="front"/>.</summary>
    public double WarValueA(int front, bool strong) => (strong ? _valueAStrong : _valueAWeak)[front];

    /// <summary>B's full-information war value at front position <paramref name="front"/>.</summary>
    public double WarValueB(int front, bool strong) => (strong ? _valueBStrong : _valueBWeak)[front];

    /// <summary>A's demand and the weak B's bluffing rate at front <paramref name="front"/> (the equilibrium rate, or the fixed one).</summary>
    public double Demand(int front, double belief, out bool screening, out double bluff)
    {
        if (EquilibriumBluff)
        {
            bluff = ScreeningDemand.EquilibriumBluff(belief, _valueAStrong[front], _valueAWeak[front], _valueBStrong[front], _valueBWeak[front], out screening);
            return ModelChecks.Clamp01(1 - (screening ? _valueBWeak[front] : _valueBStrong[front]));
        }
        bluff = Bluff;
        return ScreeningDemand.Choose(belief, Bluff, _valueAStrong[front], _valueAWeak[front], _valueBStrong[front], _valueBWeak[front], out screening);
    }

    /// <inheritdoc />
    public IReadOnlyList<ModelFact> Facts()
    {
        var demand = Demand(Start, PriorStrong, out var screening, out var bluff);
        GamblersRuin.Solve(WinVsStrong, Start, Positions, out _, out var battlesStrong);
        GamblersRuin.Solve(WinVsWeak, Start, Positions, out _, out var battlesWeak);
        return
        [
            new("warValueAStrong", _valueAStrong[Start], "A's war value at the start against a strong B"),
            new("warValueAWeak", _valueAWeak[Start], "A's war value at the start against a weak B"),
            new("warValueBStrong", _valueBStrong[Start], "a strong B's war value at the start"),
            new("warValueBWeak", _valueBWeak[Start], "a weak B's war value at the start"),
            new("firstDemand", demand, "A's opening demand"),
            new("firstDemandScreens", screening ? 1 : 0, "1 when the opening demand is one only a weak B accepts"),
            new("firstBluff", bluff, "the weak B's bluffing probability at the start (chosen in equilibrium unless the bluff parameter is fixed)"),
            new("battlesWithoutTalks", (PriorStrong * battlesStrong) + ((1 - PriorStrong) * battlesWeak), "expected battles if the war were fought to the end"),
        ];
    }

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values)
    {
        var strong = random.NextDouble() < PriorStrong;
        values[1] = strong ? 1 : 0;
        var belief = PriorStrong;
        var k = Start;
        for (var round = 0; ; round++)
        {
            double share;
            var bluff = Bluff;
            if ((round & 1) == 0)
            {
                share = Demand(k, belief, out var screening, out bluff);
                if (!screening || (!strong && random.NextDouble() >= bluff))
                {
                    return Settle(values, share, belief, k, round);
                }
                belief = ScreeningDemand.AfterRejection(belief, bluff);
            }
            else
            {
                share = ModelChecks.Clamp01((belief * _valueAStrong[k]) + ((1 - belief) * _valueAWeak[k]));
                if (1 - share >= _valueBStrong[k] - Tolerance)
                {
                    return Settle(values, share, belief, k, round);
                }
                if (EquilibriumBluff)
                {
                    _ = Demand(k, belief, out _, out bluff);
                }
                if (!strong && random.NextDouble() >= bluff)
                {
                    return Settle(values, ModelChecks.Clamp01(_valueAWeak[k]), 0, k, round);
                }
                belief = ScreeningDemand.AfterRejection(belief, bluff);
            }
            if (round == MaxRounds)
            {
                values[2] = belief;
                values[3] = k;
                return RunRecord.Stalemate(round, round * DaysPerRound, round * CostA, round * CostB);
            }
            var advanced = random.NextDouble() < (strong ? WinVsStrong : WinVsWeak);
            belief = ScreeningDemand.AfterBattle(belief, advanced, WinVsStrong, WinVsWeak);
            k += advanced ? 1 : -1;
            if (k == 0 || k == Positions)
            {
                var battles = round + 1;
                values[2] = belief;
                values[3] = k;
                return RunRecord.Decisive(Ending.MilitaryVictory, k == 0 ? Side.B : Side.A, battles, battles * DaysPerRound, battles * CostA, battles * CostB);
            }
        }
    }

    private RunRecord Settle(Span<double> values, double share, double belief, int front, int round)
    {
        values[0] = share;
        values[2] = belief;
        values[3] = front;
        return RunRecord.Settlement(round, round * DaysPerRound, round * CostA, round * CostB);
    }
}
