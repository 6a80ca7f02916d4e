using Parley.Domain.Endings;
using Parley.Domain;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>
/// Filson &amp; Werner (2002), "A Bargaining Model of War and Peace", AJPS 46(4): onset, duration and
/// outcome of war in one model. WRITTEN FROM A SECOND-HAND SPECIFICATION: only the title and a citation
/// were at hand ([MEM] in the reference); this implements the specification, not the paper.
/// <para>
/// Challenger A demands a share x of the stake; defender B, strong or weak (private; strong with prior
/// probability μ₀, drawn per run), accepts or rejects. A rejection means a battle that A wins with
/// probability p_S against a strong B and p_W &gt; p_S against a weak one; every battle costs A c_A and
/// B c_B. The war ends in military victory when A has won n_A battles or B has won n_B, or in the
/// capitulation of the battle's loser, which collapses with probability κ after each battle.
/// </para>
/// <para>
/// Full-information war values V_i^t(s, f) for each type t at score (s, f) come from a backward
/// recursion over the score grid, computed once per model. A demands by the myopic screening rule of
/// <see cref="ScreeningDemand"/>; a weak B bluffs (rejects a demand it would accept) with probability β,
/// so rejections are informative but not fully revealing. By default β is a fixed, exogenous 0.8; with
/// the bluff parameter at -1 it is chosen in equilibrium at every state: the semi-separating rate that
/// leaves A indifferent between screening and pooling (<see cref="ScreeningDemand.EquilibriumBluff"/>, which states its comparative statics:
/// β* falls as A's belief that B is strong rises and as A's war costs rise). A fixed β in [0, 1] keeps it
/// exogenous; then a higher β makes each rejection less informative (μ rises by less after it) and a
/// weak B settles less often per round. A updates μ by Bayes' rule on the rejection and on the battle
/// outcome and lowers its demand as the war turns against it. Higher costs shorten wars and moderate
/// demands; strong defenders obtain better terms.
/// </para>
/// </summary>
internal readonly struct FilsonWernerModel : IRunModel, IExplainedModel
{
    private static readonly RunValueColumn[] ValueColumns =
    [
        new("shareA", "A's share of the stake in the agreement (0..1)", isAgreedTerm: true),
        new("defenderStrong", "1 when B was strong in this run, 0 when weak", isAgreedTerm: false),
        new("finalBelief", "A's final probability that B is strong", isAgreedTerm: false),
    ];

    // War values by type and score, index s * BattlesB + f (s < n_A, f < n_B).
    private readonly double[] _valueAStrong;
    private readonly double[] _valueAWeak;
    private readonly double[] _valueBStrong;
    private readonly double[] _valueBWeak;

    /// <summary>Creates the model and precomputes the war values.</summary>
    public FilsonWernerModel(double priorStrong, double winVsStrong, double winVsWeak, int battlesA, int battlesB,
        double collapse, double bluff, double costA, double costB, double daysPerRound)
    {
        PriorStrong = Descriptor.Check("prior-strong", priorStrong);
        WinVsStrong = Descriptor.Check("win-vs-strong", winVsStrong);
        WinVsWeak = Descriptor.Check("win-vs-weak", winVsWeak);
        if (winVsWeak <= winVsStrong)
        {
            throw new ModelException(name => $"{name("win-vs-weak")} {ModelChecks.Text(winVsWeak)} is not above {name("win-vs-strong")} {ModelChecks.Text(winVsStrong)}: A must win more often against a weak defender");
        }
        if (battlesA < 1 || battlesB < 1)
        {
            throw new ModelException(name => $"{name("battles-a")} {battlesA} / {name("battles-b")} {battlesB}: each side needs at least 1 battle won to win the war");
        }
        BattlesA = battlesA;
        BattlesB = battlesB;
        Collapse = Descriptor.Check("collapse", collapse);
        Bluff = Descriptor.Check("bluff", bluff);
        CostA = Descriptor.Check("cost-a", costA);
        CostB = Descriptor.Check("cost-b", costB);
        DaysPerRound = Descriptor.Check("days-per-round", daysPerRound);
        _valueAStrong = new double[battlesA * battlesB];
        _valueAWeak = new double[battlesA * battlesB];
        _valueBStrong = new double[battlesA * battlesB];
        _valueBWeak = new double[battlesA * battlesB];
        FillWarValues(winVsStrong, _valueAStrong, _valueBStrong);
        FillWarValues(winVsWeak, _valueAWeak, _valueBWeak);
    }

    /// <summary>μ₀, the prior probability that B is strong.</summary>
    public double PriorStrong { get; }

    /// <summary>p_S, A's chance of winning a battle against a strong B.</summary>
    public double WinVsStrong { get; }

    /// <summary>p_W, A's chance against a weak B.</summary>
    public double WinVsWeak { get; }

    /// <summary>n_A, battles A must win to win the war.</summary>
    public int BattlesA { get; }

    /// <summary>n_B, battles B must win.</summary>
    public int BattlesB { get; }

    /// <summary>κ, the chance that a battle's loser collapses.</summary>
    public double Collapse { get; }

    /// <summary>β, the chance that a weak B rejects a screening demand; -1 when it is chosen in equilibrium at each state.</summary>
    public double Bluff { get; }

    /// <summary>True when the bluffing rate is chosen in equilibrium rather than fixed.</summary>
    public bool EquilibriumBluff => Bluff < 0;

    /// <summary>A's cost per battle.</summary>
    public double CostA { get; }

    /// <summary>B's cost per battle.</summary>
    public double CostB { get; }

    /// <summary>Days per round (one demand and, if rejected, one battle).</summary>
    public double DaysPerRound { get; }

    /// <summary>The preset: name, provenance, parameters and defaults.</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "filson-werner",
        "Filson & Werner 2002, A Bargaining Model of War and Peace (AJPS 46(4)): demands, battles and learning about the defender's type",
        "[MEM] written from a second-hand specification, not from the paper",
        [
            new ModelParameter("prior-strong", 0.5, ParameterDomain.Probability, "prior probability that the defender B is strong (drawn per run)"),
            new ModelParameter("win-vs-strong", 0.4, ParameterDomain.OpenProbability, "A's chance of winning a battle against a strong B"),
            new ModelParameter("win-vs-weak", 0.7, ParameterDomain.OpenProbability, "A's chance of winning a battle against a weak B (above win-vs-strong)"),
            new ModelParameter("battles-a", 4, ParameterDomain.Count, "battles A must win to win the war"),
            new ModelParameter("battles-b", 4, ParameterDomain.Count, "battles B must win to win the war"),
            new ModelParameter("collapse", 0.05, ParameterDomain.Probability, "chance that the loser of a battle collapses and capitulates"),
            new ModelParameter("bluff", 0.8, ParameterDomain.ProbabilityOrEquilibrium, "chance that a weak B rejects a demand only a weak B would accept (exogenous); -1: chosen in equilibrium (A indifferent between screening and pooling)"),
            new ModelParameter("cost-a", 0.01, ParameterDomain.NonNegative, "A's cost per battle", "share of the stake"),
            new ModelParameter("cost-b", 0.01, ParameterDomain.NonNegative, "B's cost per battle", "share of the stake"),
            new ModelParameter("days-per-round", 7, ParameterDomain.Positive, "days one round (a demand and a battle) lasts", "days") { SimulationOnly = true },
        ],
        ps => new FilsonWernerModel(ps["prior-strong"], ps["win-vs-strong"], ps["win-vs-weak"], ps.Count("battles-a"), ps.Count("battles-b"),
            ps["collapse"], ps["bluff"], ps["cost-a"], ps["cost-b"], ps["days-per-round"]));

    /// <inheritdoc />
    public string Name => Descriptor.Name;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns => ValueColumns;

    /// <summary>A's demand at score (<paramref name="wins"/>, <paramref name="losses"/>) under belief <paramref name="belief"/>.</summary>
    public double Demand(int wins, int losses, double belief, out bool screening) => Demand(wins, losses, belief, out screening, out _);

    /// <summary>A's demand and the weak B's bluffing rate at a score (the equilibrium rate, or the fixed one).</summary>
    public double Demand(int wins, int losses, double belief, out bool screening, out double bluff)
    {
        var i = (wins * BattlesB) + losses;
        if (EquilibriumBluff)
        {
            bluff = ScreeningDemand.EquilibriumBluff(belief, _valueAStrong[i], _valueAWeak[i], _valueBStrong[i], _valueBWeak[i], out screening);
            return ModelChecks.Clamp01(1 - (screening ? _valueBWeak[i] : _valueBStrong[i]));
        }
        bluff = Bluff;
        return ScreeningDemand.Choose(belief, Bluff, _valueAStrong[i], _valueAWeak[i], _valueBStrong[i], _valueBWeak[i], out screening);
    }

    /// <summary>A's full-information war value at a score against a strong or weak B.</summary>
    public double WarValueA(int wins, int losses, bool strong) => (strong ? _valueAStrong : _valueAWeak)[(wins * BattlesB) + losses];

    /// <summary>B's full-information war value at a score, for a strong or weak B.</summary>
    public double WarValueB(int wins, int losses, bool strong) => (strong ? _valueBStrong : _valueBWeak)[(wins * BattlesB) + losses];

    /// <inheritdoc />
    public IReadOnlyList<ModelFact> Facts()
    {
        var demand = Demand(0, 0, PriorStrong, out var screening, out var bluff);
        return
        [
            new("firstBluff", bluff, "the weak B's bluffing probability at the start (chosen in equilibrium unless the bluff parameter is fixed)"),
            new("warValueAStrong", WarValueA(0, 0, true), "A's war value at the start against a strong B"),
            new("warValueAWeak", WarValueA(0, 0, false), "A's war value at the start against a weak B"),
            new("warValueBStrong", WarValueB(0, 0, true), "a strong B's war value at the start"),
            new("warValueBWeak", WarValueB(0, 0, false), "a weak B's war value at the start"),
            new("firstDemand", demand, "A's opening demand"),
            new("firstDemandScreens", screening ? 1 : 0, "1 when the opening demand is one only a weak B accepts"),
        ];
    }

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values)
    {
        var strong = random.NextDouble() < PriorStrong;
        values[1] = strong ? 1 : 0;
        var belief = PriorStrong;
        var wins = 0;
        var losses = 0;
        for (var round = 0; ; round++)
        {
            var demand = Demand(wins, losses, belief, out var screening, out var bluff);
            var accepted = !screening || (!strong && random.NextDouble() >= bluff);
            if (accepted)
            {
                values[0] = demand;
                values[2] = belief;
                return RunRecord.Settlement(round, round * DaysPerRound, round * CostA, round * CostB);
            }
            belief = ScreeningDemand.AfterRejection(belief, bluff);
            var aWon = random.NextDouble() < (strong ? WinVsStrong : WinVsWeak);
            belief = ScreeningDemand.AfterBattle(belief, aWon, WinVsStrong, WinVsWeak);
            var battles = round + 1;
            if (aWon)
            {
                wins++;
            }
            else
            {
                losses++;
            }
            var winner = aWon ? Side.A : Side.B;
            var ending = wins == BattlesA || losses == BattlesB ? Ending.MilitaryVictory
                : random.NextDouble() < Collapse ? Ending.Capitulation
                : (Ending?)null;
            if (ending is { } end)
            {
                values[2] = belief;
                return RunRecord.Decisive(end, winner, battles, battles * DaysPerRound, battles * CostA, battles * CostB);
            }
        }
    }

    /// <summary>
    /// Backward recursion over the score grid for one type: Pr(A wins the war) W and expected battles E,
    /// W(s,f) = p[κ + (1−κ)W(s+1,f)] + (1−p)(1−κ)W(s,f+1), E(s,f) = 1 + p(1−κ)E(s+1,f) + (1−p)(1−κ)E(s,f+1),
    /// with W = 1 once A has n_A wins and 0 once B has n_B; then V_A = W − c_A·E and V_B = 1 − W − c_B·E.
    /// </summary>
    private void FillWarValues(double p, double[] valueA, double[] valueB)
    {
        var win = new double[(BattlesA + 1) * (BattlesB + 1)];
        var battles = new double[win.Length];
        var width = BattlesB + 1;
        for (var s = BattlesA; s >= 0; s--)
        {
            for (var f = BattlesB; f >= 0; f--)
            {
                var i = (s * width) + f;
                if (s == BattlesA || f == BattlesB)
                {
                    win[i] = s == BattlesA ? 1 : 0;
                    battles[i] = 0;
                    continue;
                }
                var up = i + width;
                var down = i + 1;
                win[i] = (p * (Collapse + ((1 - Collapse) * win[up]))) + ((1 - p) * (1 - Collapse) * win[down]);
                battles[i] = 1 + (p * (1 - Collapse) * battles[up]) + ((1 - p) * (1 - Collapse) * battles[down]);
                var j = (s * BattlesB) + f;
                valueA[j] = win[i] - (CostA * battles[i]);
                valueB[j] = 1 - win[i] - (CostB * battles[i]);
            }
        }
    }
}
