using Parley.Negotiation.Protocols;
using Parley.Negotiation.Reservation;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Conflict.WarProcess.Talks;

/// <summary>
/// The talks' side of one run of the war process: the episode in progress, when talks may reopen,
/// each side's reservation value this round (which the negotiation engine reads through
/// <see cref="IReservationValues"/>, the moving-reservation interface), and each side's belief over
/// the other's type with that type's value of fighting on this round (docs/war-process.md,
/// "Signalling"). One instance per thread, reset at the start of every run, so runs allocate none.
/// </summary>
internal sealed class TalksState : IReservationValues
{
    /// <summary>Side A's belief over B's type.</summary>
    public double[] BeliefA { get; } = new double[OpponentTypes.Count];

    /// <summary>Side B's belief over A's type.</summary>
    public double[] BeliefB { get; } = new double[OpponentTypes.Count];

    /// <summary>Each type of B's value of fighting on this round (what A weighs).</summary>
    public double[] TypeValuesOfB { get; } = new double[OpponentTypes.Count];

    /// <summary>Each type of A's value of fighting on this round (what B weighs).</summary>
    public double[] TypeValuesOfA { get; } = new double[OpponentTypes.Count];

    private double[] _holds = [];

    /// <summary>
    /// Each frontier text's chance of holding as side <paramref name="side"/> sees it this round: at its own
    /// value of fighting on <paramref name="own"/> and the other's expected under <paramref name="belief"/> over
    /// <paramref name="typeValues"/> (a buffer reused from round to round: valid until the next call).
    /// </summary>
    public ReadOnlySpan<double> Holds(WarRegime regime, int side, double own, ReadOnlySpan<double> belief, ReadOnlySpan<double> typeValues)
    {
        var n = regime.U0.Length;
        if (_holds.Length < n)
        {
            _holds = new double[n];
        }
        double total = 0, expected = 0;
        for (var t = 0; t < belief.Length; t++)
        {
            total += belief[t];
            expected += belief[t] * typeValues[t];
        }
        var other = total > 0 ? expected / total : own;
        var (rA, rB) = side == 0 ? (own, other) : (other, own);
        var mine = side == 0 ? regime.U0 : regime.U1;
        for (var x = 0; x < n; x++)
        {
            // A text worth less to the side than fighting on is never proposed (OpponentTypes.Propose): no need to value it.
            _holds[x] = mine[x] < own ? 0 : regime.Risk.Holds(regime.U0[x], regime.U1[x], rA, rB, regime.HazardRatio[x]);
        }
        return _holds.AsSpan(0, n);
    }

    /// <summary>Side A's reservation value (its value of fighting on) this round.</summary>
    public double ValueA { get; set; }

    /// <summary>Side B's reservation value this round.</summary>
    public double ValueB { get; set; }

    /// <summary>The arrays every episode of this thread's runs reuses (one episode is open at a time).</summary>
    public NegotiationWorkspace Workspace { get; } = new();

    /// <summary>
    /// The sides' strategies for episodes in <see cref="StrategiesRegime"/>, kept while episodes open in
    /// the same regime (a regime belongs to one model; the strategies read this state, which belongs to one thread).
    /// </summary>
    public StrategySpec[]? EpisodeStrategies { get; private set; }

    /// <summary>The regime <see cref="EpisodeStrategies"/> were built for.</summary>
    public WarRegime? StrategiesRegime { get; private set; }

    /// <summary>Keeps <paramref name="strategies"/> as the strategies for episodes in <paramref name="regime"/>.</summary>
    public void KeepStrategies(WarRegime regime, StrategySpec[] strategies)
    {
        StrategiesRegime = regime;
        EpisodeStrategies = strategies;
    }

    /// <summary>The episode of talks in progress, or null.</summary>
    public NegotiationRun? Episode { get; set; }

    /// <summary>The regime the episode opened in (its texts and profiles).</summary>
    public WarRegime? EpisodeRegime { get; set; }

    /// <summary>The day before which no new episode opens (after a walkout or a collapse).</summary>
    public double ClosedUntil { get; set; }

    /// <summary>Whether the talks on the next phase of the ceasefire in force are over (a permanent text agreed, or the text in force re-agreed).</summary>
    public bool NextPhaseSettled { get; set; }

    /// <summary>Vetoes by allies so far in this run.</summary>
    public int Vetoes { get; private set; }

    /// <summary>The side whose ally vetoed last, and that ally's index among the side's allies (−1, −1 before any veto).</summary>
    public (int Side, int Ally) LastVeto { get; private set; } = (-1, -1);

    /// <summary>Counts a veto by ally <paramref name="ally"/> of side <paramref name="side"/>.</summary>
    public void RecordVeto(int side, int ally)
    {
        Vetoes++;
        LastVeto = (side, ally);
    }

    /// <summary>Episodes opened so far in this run.</summary>
    public int Episodes { get; set; }

    /// <summary>Starts a run: beliefs at the regime's priors, no talks yet.</summary>
    public void Reset(WarRegime regime)
    {
        regime.TypesOfB.Prior.CopyTo(BeliefA);
        regime.TypesOfA.Prior.CopyTo(BeliefB);
        ValueA = ValueB = 0;
        Episode = null;
        EpisodeRegime = null;
        ClosedUntil = 0;
        Episodes = 0;
        NextPhaseSettled = false;
        Vetoes = 0;
        LastVeto = (-1, -1);
    }

    /// <inheritdoc />
    public void Update(int round, Span<double> reservations)
    {
        reservations[0] = ValueA;
        reservations[1] = ValueB;
    }

    /// <summary>
    /// After a protocol round: every party that declined the text on the table (it amended, countered
    /// or rejected it) reveals that its value of fighting on exceeds what the text is worth to it, so
    /// the other side rules out the types that would have accepted (<see cref="OpponentTypes.Reject"/>).
    /// Reads the moves from history index <paramref name="from"/> on; preferences over texts are common
    /// knowledge in the war process, priors over battle odds private.
    /// </summary>
    public void LearnFromRound(NegotiationHistory history, int from, WarRegime regime)
    {
        var declinedA = false;
        var declinedB = false;
        for (var i = from; i < history.Count; i++)
        {
            var move = history[i];
            if (move.Party is not (0 or 1) || move.Action is not (TraceAction.Amendment or TraceAction.Offer or TraceAction.Reject))
            {
                continue;
            }
            if ((move.Party == 0 && declinedA) || (move.Party == 1 && declinedB))
            {
                continue;
            }
            var table = TableBefore(history, i, move.Party);
            if (table < 0)
            {
                continue;
            }
            var worth = regime.Problem.Profiles[move.Party].Utility(history.Digits(table));
            if (move.Party == 0)
            {
                declinedA = true;
                OpponentTypes.Reject(BeliefB, TypeValuesOfA, worth);
            }
            else
            {
                declinedB = true;
                OpponentTypes.Reject(BeliefA, TypeValuesOfB, worth);
            }
        }
    }

    /// <summary>The text on the table when <paramref name="party"/> made move <paramref name="index"/>: the last text, revision or other party's offer before it.</summary>
    private static int TableBefore(NegotiationHistory history, int index, int party)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            var m = history[j];
            if (m.Action is TraceAction.Text or TraceAction.Revision || (m.Action == TraceAction.Offer && m.Party != party))
            {
                return j;
            }
        }
        return -1;
    }
}
