using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain;
using Parley.Conflict.WarProcess.Talks;
using Parley.Humanitarian;
using Parley.Negotiation;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// Everything the war process derives from the parameters in force: the texts the sides can agree
/// (the Pareto frontier under the red lines, with each text's utilities, terms and humanitarian
/// state), each side's effective settings and its opponent-type tables. Built once per set of fired
/// events (a regime) and shared by every run that reaches it; read-only afterwards.
/// </summary>
internal sealed class WarRegime
{
    private readonly EventEffect[] _battle;
    private readonly EventEffect[][] _cost;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, AgreedText> _agreed = new();

    private WarRegime(ImmutableArray<OutcomePoint> frontier, SideSettings[] sides, EventEffect[] battle, EventEffect[][] cost)
    {
        Frontier = frontier;
        Sides = sides;
        _battle = battle;
        _cost = cost;
        U0 = frontier.Select(p => p.Utilities[0]).ToArray();
        U1 = frontier.Select(p => p.Utilities[1]).ToArray();
    }

    /// <summary>The texts on the table, sorted by decreasing utility to A.</summary>
    public ImmutableArray<OutcomePoint> Frontier { get; }

    /// <summary>Each text's utility to A.</summary>
    public double[] U0 { get; }

    /// <summary>Each text's utility to B.</summary>
    public double[] U1 { get; }

    /// <summary>The bargaining problem in force (profiles with the red lines and reservation floors of the fired events).</summary>
    public BargainingProblem Problem { get; private init; } = null!;

    /// <summary>The negotiation domain the talks of this regime use (the same profiles).</summary>
    public NegotiationDomain Domain { get; private init; } = null!;

    /// <summary>The fired events that changed the profiles (red lines, reservation floors): talks restart when it changes.</summary>
    public ulong ProfileKey { get; private init; }

    /// <summary>
    /// The band of ground side A holds beyond its start (<see cref="ControlTiedTerm"/>; 0 without terms tied to
    /// control): the terms' values are those of this band, and talks restart when it changes.
    /// </summary>
    public int Band { get; private init; }

    /// <summary>Whether the parties' positions (profiles) are the same as in <paramref name="other"/>: the same profile events and band.</summary>
    public bool SamePositions(WarRegime other) => ProfileKey == other.ProfileKey && Band == other.Band;

    /// <summary>Each frontier text's index in the outcome space.</summary>
    public long[] Codes { get; private init; } = [];

    /// <summary>Each text's numeric terms, issue by issue.</summary>
    public double[][] Terms { get; private init; } = [];

    /// <summary>Whether each text settles the war permanently.</summary>
    public bool[] Permanent { get; private init; } = [];

    /// <summary>Each frontier text's hazard ratio from the clauses its terms bring (<see cref="CeasefireSettings.HazardRatioOf(System.ReadOnlySpan{int})"/>).</summary>
    public double[] HazardRatio { get; private init; } = [];

    /// <summary>The model's breakdown risk of a text (what the sides' strategies weigh).</summary>
    public AgreementRisk Risk { get; private init; } = null!;

    /// <summary>Each text's chance of holding, as the negotiation engine reads it (the mediator's Nash product weighs gains by it).</summary>
    public Negotiation.Durability.IAgreementDurability Durability { get; private init; } = null!;

    /// <summary>Each text's humanitarian gap.</summary>
    public double[] GapAtText { get; private init; } = [];

    /// <summary>Each text's share of food need met (NaN without a humanitarian model).</summary>
    public double[] NeedMetAtText { get; private init; } = [];

    /// <summary>The sides' effective settings (prior, tolerance, discount; cost effects apply to the drawn rate through <see cref="CostRate"/>).</summary>
    public SideSettings[] Sides { get; }

    /// <summary>What A believes of B's type.</summary>
    public OpponentTypes TypesOfB { get; private init; } = null!;

    /// <summary>What B believes of A's type.</summary>
    public OpponentTypes TypesOfA { get; private init; } = null!;

    /// <summary>Side A's reservation floor (negative infinity until an event states one).</summary>
    public double FloorA { get; private init; } = double.NegativeInfinity;

    /// <summary>Side B's reservation floor (negative infinity until an event states one).</summary>
    public double FloorB { get; private init; } = double.NegativeInfinity;

    /// <summary>Raises every value in <paramref name="values"/> to at least <paramref name="floor"/> (allocation-free).</summary>
    public static void Floor(Span<double> values, double floor)
    {
        if (double.IsNegativeInfinity(floor))
        {
            return;
        }
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Max(values[i], floor);
        }
    }

    /// <summary>The text with index <paramref name="code"/> as agreed in this regime (built on first use, then shared).</summary>
    public AgreedText Agreed(Scenario scenario, WarSettings war, long code) =>
        _agreed.TryGetValue(code, out var text) ? text : _agreed.GetOrAdd(code, AgreedText.Build(scenario, war, Problem, code));

    /// <summary>Side A's battle odds given the scheduled odds <paramref name="theta"/> (allocation-free).</summary>
    public double BattleOdds(double theta)
    {
        foreach (var e in _battle)
        {
            theta = e.Apply(theta);
        }
        return Math.Clamp(theta, 0.0, 1.0);
    }

    /// <summary>Side <paramref name="side"/>'s utility cost per day given its drawn rate.</summary>
    public double CostRate(int side, double drawn)
    {
        foreach (var e in _cost[side])
        {
            drawn = e.Apply(drawn);
        }
        return Math.Max(0, drawn);
    }

    /// <summary>
    /// Builds the regime in which the events whose bits are set in <paramref name="fired"/> have fired and side
    /// A holds <paramref name="band"/> bands of ground beyond its start (<see cref="WarSettings.TiedTerms"/>).
    /// </summary>
    public static WarRegime Build(Scenario scenario, WarSettings war, AgreementRisk risk, ulong fired, int band, double gapAtWar, int size, int start)
    {
        var problem = scenario.ToProblem();
        var sides = new[] { war.Sides[0], war.Sides[1] };
        var battle = new List<EventEffect>();
        double[] floors = [double.NegativeInfinity, double.NegativeInfinity];
        var cost = new[] { new List<EventEffect>(), new List<EventEffect>() };
        var profileKey = 0UL;
        for (var i = 0; i < war.Events.Length; i++)
        {
            if ((fired & (1UL << i)) == 0)
            {
                continue;
            }
            foreach (var e in war.Events[i].Effects)
            {
                if (e.Target is EffectTarget.RedLine or EffectTarget.Reservation)
                {
                    profileKey |= 1UL << i;
                }
                var s = sides[e.Side];
                switch (e.Target)
                {
                    case EffectTarget.BattleOdds: battle.Add(e); break;
                    case EffectTarget.UtilityCost: cost[e.Side].Add(e); break;
                    case EffectTarget.CostTolerance: sides[e.Side] = s with { CostTolerance = Math.Max(1e-9, e.Apply(s.CostTolerance)) }; break;
                    case EffectTarget.Discount: sides[e.Side] = s with { DiscountPerRound = Math.Clamp(e.Apply(s.DiscountPerRound), 1e-9, 1) }; break;
                    case EffectTarget.Belief: sides[e.Side] = s with { PriorWins = Math.Max(1e-3, s.PriorWins + e.Wins), PriorLosses = Math.Max(1e-3, s.PriorLosses + e.Losses) }; break;
                    case EffectTarget.RedLine: problem = RedLineRelaxation.Apply(problem, e.Side, e.Issue, e.Allow); break;
                    case EffectTarget.Reservation:
                        var profile = problem.Profiles[e.Side];
                        floors[e.Side] = e.Apply(profile.ReservationValue);
                        problem = problem.WithProfile(e.Side, profile.WithReservationValue(floors[e.Side]));
                        break;
                }
            }
        }
        if (band != 0)
        {
            // Terms tied to the battlefield: the values of this band of ground (red lines and floors kept).
            var tied = ControlTiedTerm.Apply(problem.Profiles, war.TiedTerms, band * war.ControlBand);
            for (var side = 0; side < 2; side++)
            {
                problem = problem.WithProfile(side, tied[side]);
            }
        }
        var frontier = BargainingAnalysis.ParetoFrontier(problem);
        var space = problem.Space;
        var humanitarian = scenario.Humanitarian;
        var states = humanitarian is null ? null : frontier.Select(p => HumanitarianModel.Evaluate(humanitarian, scenario.Aid.TermsOf(space, p.Outcome))).ToArray();
        var costs = new[] { cost[0].ToArray(), cost[1].ToArray() };
        var partial = new WarRegime(frontier, sides, [.. battle], costs);
        double MeanRoundCost(int side) => (partial.CostRate(side, sides[side].UtilityCostPerDay.Mean) + (sides[side].HumanitarianCostWeight * gapAtWar)) * war.DaysPerRound;
        var sa = sides[0];
        var sb = sides[1];
        return new WarRegime(frontier, sides, [.. battle], costs)
        {
            Problem = problem,
            Domain = new NegotiationDomain(space, problem.PartyNames, problem.Profiles, name: scenario.Title),
            ProfileKey = profileKey,
            Band = band,
            HazardRatio = frontier.Select(p => war.Ceasefire.HazardRatioOf(p.Outcome.ValueIndices.AsSpan())).ToArray(),
            Risk = risk,
            Durability = risk.For(problem.Profiles[0], problem.Profiles[1]),
            Codes = frontier.Select(p => space.Encode(p.Outcome.ValueIndices.AsSpan())).ToArray(),
            FloorA = floors[0],
            FloorB = floors[1],
            Terms = frontier.Select(p => Enumerable.Range(0, space.IssueCount).Select(i => space.Issues[i].NumericValue(p.Outcome[i])).ToArray()).ToArray(),
            Permanent = frontier.Select(p => scenario.Permanence is { } perm && perm.PermanentValues.Contains(p.Outcome[perm.Issue])).ToArray(),
            GapAtText = states is null ? new double[frontier.Length] : states.Select(s => s.Signal.Gap).ToArray(),
            NeedMetAtText = states is null ? Enumerable.Repeat(double.NaN, frontier.Length).ToArray() : states.Select(s => s.ShareOfNeedMet).ToArray(),
            TypesOfB = new OpponentTypes(sa.PriorWins / (sa.PriorWins + sa.PriorLosses), war.OpponentTypeSpread, sb.PriorWins + sb.PriorLosses,
                size - start, size, war.BattlesPerRound, sb.CostTolerance, MeanRoundCost(1), sb.DiscountPerRound),
            TypesOfA = new OpponentTypes(sb.PriorWins / (sb.PriorWins + sb.PriorLosses), war.OpponentTypeSpread, sa.PriorWins + sa.PriorLosses,
                start, size, war.BattlesPerRound, sa.CostTolerance, MeanRoundCost(0), sa.DiscountPerRound),
        };
    }
}
