using Parley.Domain.Endings;
using Parley.Domain;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>
/// Smith &amp; Stam (2004), "Bargaining and the Nature of War", JCR 48(6): war as a random walk over forts
/// with non-common priors. WRITTEN FROM A SECOND-HAND SPECIFICATION: the paper's text was not at hand
/// ([MEM] in the reference); this implements the specification, not a quotation of the paper.
/// <para>
/// State: A holds k of N forts; each battle A takes a fort with true probability θ and loses one
/// otherwise; A wins the war at k = N, B at k = 0. Each side i holds its own Beta(α_i, β_i) prior over
/// θ (the priors are common knowledge: the sides agree to disagree) and updates it on every battle:
/// after s wins and f losses for A, E_i[θ] = (α_i + s)/(α_i + β_i + s + f).
/// </para>
/// <para>
/// Bargaining (this implementation's decision rule): each side values fighting on at its expected war
/// value under its own belief, the gambler's-ruin win probability and expected number of battles
/// averaged over its Beta posterior (<see cref="GamblersRuin.SolveAveraged"/>; the mixture of the
/// fixed-odds walks is the side's predictive law, so the average is exact, where the value at the
/// posterior mean is not), net of its per-battle cost:
/// W_A = P_A(k) − c_A·D_A(k), W_B = 1 − P_B(k) − c_B·D_B(k), where P_i is side i's estimate of A's
/// chance of taking all forts. Every round, before the battle, the proposer (A in even rounds, B in
/// odd ones) offers the responder exactly its war value; a deal exists, and is made, iff
/// W_A + W_B ≤ 1. Mutual optimism (P_A − P_B larger than the expected costs) empties the range;
/// battles pull both posteriors toward θ, the range reopens and a deal follows, so the more divergent
/// the priors, the longer the war.
/// </para>
/// The per-round loop is allocation-free: a handful of doubles and two quadratures of closed-form ruin evaluations.
/// </summary>
internal readonly struct SmithStamModel : IRunModel, IExplainedModel
{
    private static readonly RunValueColumn[] ValueColumns =
    [
        new("shareA", "A's share of the stake in the agreement (0..1)", isAgreedTerm: true),
        new("beliefGap", "E_A[theta] - E_B[theta] when the run ended", isAgreedTerm: false),
    ];

    /// <summary>Largest number of (battles, forts) states whose war values are kept once computed.</summary>
    private const long MaxCachedCells = 1 << 21;

    private readonly WarValueCache? _cache;

    /// <summary>Creates the model and checks that its thresholds can be reached.</summary>
    public SmithStamModel(int forts, int start, double theta, double alphaA, double betaA, double alphaB, double betaB,
        double costA, double costB, int maxRounds, double daysPerRound)
    {
        if (forts < 2)
        {
            throw new ModelException(name => $"{name("forts")} is {forts}: use at least 2 forts so the war has a middle");
        }
        if (start < 1 || start >= forts)
        {
            throw new ModelException(name => $"{name("start")} is {start}: A must start holding between 1 and {forts - 1} of the {forts} forts");
        }
        if (maxRounds < Math.Min(start, forts - start))
        {
            throw new ModelException(name => $"{name("max-rounds")} {maxRounds} is fewer than the {Math.Min(start, forts - start)} battles either side needs to take every fort: military victory could never be reached; raise it");
        }
        Forts = forts;
        Start = start;
        Theta = Descriptor.Check("theta", theta);
        AlphaA = Descriptor.Check("alpha-a", alphaA);
        BetaA = Descriptor.Check("beta-a", betaA);
        AlphaB = Descriptor.Check("alpha-b", alphaB);
        BetaB = Descriptor.Check("beta-b", betaB);
        CostA = Descriptor.Check("cost-a", costA);
        CostB = Descriptor.Check("cost-b", costB);
        MaxRounds = maxRounds;
        DaysPerRound = Descriptor.Check("days-per-round", daysPerRound);
        var cells = ((long)maxRounds + 1) * (forts + 1);
        _cache = cells <= MaxCachedCells ? new WarValueCache((int)cells) : null;
    }

    /// <summary>N, the number of forts.</summary>
    public int Forts { get; }

    /// <summary>Forts A holds at the start.</summary>
    public int Start { get; }

    /// <summary>True probability that A wins a battle.</summary>
    public double Theta { get; }

    /// <summary>α of A's Beta prior.</summary>
    public double AlphaA { get; }

    /// <summary>β of A's Beta prior.</summary>
    public double BetaA { get; }

    /// <summary>α of B's Beta prior.</summary>
    public double AlphaB { get; }

    /// <summary>β of B's Beta prior.</summary>
    public double BetaB { get; }

    /// <summary>A's cost per battle (share of the stake).</summary>
    public double CostA { get; }

    /// <summary>B's cost per battle.</summary>
    public double CostB { get; }

    /// <summary>Battles after which the run is a stalemate.</summary>
    public int MaxRounds { get; }

    /// <summary>Days per round (one battle and one offer).</summary>
    public double DaysPerRound { get; }

    /// <summary>Prior divergence: E_A[θ] − E_B[θ] before any battle.</summary>
    public double PriorGap => (AlphaA / (AlphaA + BetaA)) - (AlphaB / (AlphaB + BetaB));

    /// <summary>The preset: name, provenance, parameters and defaults.</summary>
    public static ModelDescriptor Descriptor { get; } = new(
        "smith-stam",
        "Smith & Stam 2004, Bargaining and the Nature of War (JCR 48(6)): forts random walk with non-common Beta priors",
        "[MEM] written from a second-hand specification, not from the paper",
        [
            new ModelParameter("forts", 10, ParameterDomain.Count, "number of forts N; A wins holding all, B when A holds none"),
            new ModelParameter("start", 5, ParameterDomain.Count, "forts A holds at the start (1..N-1)"),
            new ModelParameter("theta", 0.5, ParameterDomain.Probability, "true probability that A wins a battle"),
            new ModelParameter("alpha-a", 14, ParameterDomain.Positive, "A's Beta prior over theta: alpha (prior mean alpha/(alpha+beta))"),
            new ModelParameter("beta-a", 6, ParameterDomain.Positive, "A's Beta prior over theta: beta"),
            new ModelParameter("alpha-b", 6, ParameterDomain.Positive, "B's Beta prior over theta: alpha"),
            new ModelParameter("beta-b", 14, ParameterDomain.Positive, "B's Beta prior over theta: beta"),
            new ModelParameter("cost-a", 0.02, ParameterDomain.NonNegative, "A's cost per battle", "share of the stake"),
            new ModelParameter("cost-b", 0.02, ParameterDomain.NonNegative, "B's cost per battle", "share of the stake"),
            new ModelParameter("max-rounds", 1000, ParameterDomain.Count, "battles after which the run counts as a stalemate"),
            new ModelParameter("days-per-round", 7, ParameterDomain.Positive, "days one round (an offer and a battle) lasts", "days") { SimulationOnly = true },
        ],
        ps => new SmithStamModel(ps.Count("forts"), ps.Count("start"), ps["theta"], ps["alpha-a"], ps["beta-a"], ps["alpha-b"], ps["beta-b"],
            ps["cost-a"], ps["cost-b"], ps.Count("max-rounds"), ps["days-per-round"]));

    /// <inheritdoc />
    public string Name => Descriptor.Name;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns => ValueColumns;

    /// <summary>Side A's and side B's war values at fort position <paramref name="forts"/> after <paramref name="wins"/> and <paramref name="losses"/> (A's).</summary>
    public void WarValues(int forts, int wins, int losses, out double valueA, out double valueB)
    {
        var cell = ((long)(wins + losses) * (Forts + 1)) + forts;
        if (_cache is { } cache && forts == Start + wins - losses && cell < cache.Length)
        {
            if (cache.TryGet((int)cell, out valueA, out valueB))
            {
                return;
            }
            Compute(forts, wins, losses, out valueA, out valueB);
            cache.Set((int)cell, valueA, valueB);
            return;
        }
        Compute(forts, wins, losses, out valueA, out valueB);
    }

    private void Compute(int forts, int wins, int losses, out double valueA, out double valueB)
    {
        GamblersRuin.SolveAveraged(AlphaA + wins, BetaA + losses, forts, Forts, out var winA, out var battlesA);
        GamblersRuin.SolveAveraged(AlphaB + wins, BetaB + losses, forts, Forts, out var winB, out var battlesB);
        valueA = winA - (CostA * battlesA);
        valueB = 1 - winB - (CostB * battlesB);
    }

    /// <inheritdoc />
    public IReadOnlyList<ModelFact> Facts()
    {
        WarValues(Start, 0, 0, out var valueA, out var valueB);
        return
        [
            new("priorMeanA", AlphaA / (AlphaA + BetaA), "A's prior expectation of theta"),
            new("priorMeanB", AlphaB / (AlphaB + BetaB), "B's prior expectation of theta"),
            new("priorGap", PriorGap, "prior divergence E_A[theta] - E_B[theta]: the larger, the longer the war"),
            new("warValueA", valueA, "A's expected value of fighting to the end at the start, under its own Beta belief averaged over that belief (not at its mean)"),
            new("warValueB", valueB, "B's expected value of fighting to the end at the start, under its own Beta belief averaged over that belief"),
            new("openAtStart", valueA + valueB <= 1 ? 1 : 0, "1 when a deal exists before any battle (W_A + W_B <= 1)"),
        ];
    }

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values)
    {
        var k = Start;
        var wins = 0;
        var losses = 0;
        for (var round = 0; ; round++)
        {
            WarValues(k, wins, losses, out var valueA, out var valueB);
            if (valueA + valueB <= 1)
            {
                // The proposer leaves the responder exactly its war value (clipped to a feasible share).
                values[0] = (round & 1) == 0 ? 1 - ModelChecks.Clamp01(valueB) : ModelChecks.Clamp01(valueA);
                values[1] = BeliefGap(wins, losses);
                return RunRecord.Settlement(round, round * DaysPerRound, round * CostA, round * CostB);
            }
            if (round == MaxRounds)
            {
                values[1] = BeliefGap(wins, losses);
                return RunRecord.Stalemate(round, round * DaysPerRound, round * CostA, round * CostB);
            }
            if (random.NextDouble() < Theta)
            {
                k++;
                wins++;
            }
            else
            {
                k--;
                losses++;
            }
            if (k == Forts || k == 0)
            {
                var battles = round + 1;
                values[1] = BeliefGap(wins, losses);
                return RunRecord.Decisive(Ending.MilitaryVictory, k == 0 ? Side.B : Side.A, battles, battles * DaysPerRound, battles * CostA, battles * CostB);
            }
        }
    }

    private double BeliefGap(int wins, int losses) =>
        ((AlphaA + wins) / (AlphaA + BetaA + wins + losses)) - ((AlphaB + wins) / (AlphaB + BetaB + wins + losses));
}
