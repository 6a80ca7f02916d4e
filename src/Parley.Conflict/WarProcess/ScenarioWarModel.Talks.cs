using Parley.Conflict.WarProcess.Talks;
using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;
using Parley.Randomness;

namespace Parley.Conflict.WarProcess;

// ScenarioWarModel, part: the talks, as episodes of the negotiation engine's protocol played one
// protocol round per war round on the values of fighting on that the war supplies (docs/war-process.md, "Talks").
public sealed partial class ScenarioWarModel
{
    /// <summary>
    /// A deadline no episode reaches: talks end by agreement, walkout or the end of the war, never by a
    /// deadline (which would tie results to the horizon); strategies concede over the patience instead.
    /// </summary>
    private const int EpisodeDeadline = 1_000_000;

    [ThreadStatic]
    private static TalksState? t_talks;

    /// <summary>
    /// One round of talks: opens an episode when none is open and the talks are not closed, restarts it
    /// when the parties' positions changed (an event moved a red line or a reservation floor), plays
    /// one protocol round on this round's values of fighting on, lets each side learn from what the
    /// other declined, and returns the agreed text, or null. With <paramref name="inForce"/>, these are
    /// the talks on the next phase of the ceasefire in force: the mediator starts from that text.
    /// </summary>
    private AgreedText? TalksRound(ref CounterRandom random, TalksState talks, WarRegime regime, int firstMover, double rA, double rB, int fought, int position, IRunObserver? observer, int round, double day, AgreedText? inForce)
    {
        talks.ValueA = rA;
        talks.ValueB = rB;
        regime.TypesOfB.Values(fought, _size - position, talks.TypeValuesOfB);
        WarRegime.Floor(talks.TypeValuesOfB, regime.FloorB);
        regime.TypesOfA.Values(fought, position, talks.TypeValuesOfA);
        WarRegime.Floor(talks.TypeValuesOfA, regime.FloorA);

        if (talks.Episode is not null && !talks.EpisodeRegime!.SamePositions(regime))
        {
            // New positions (an event, or the ground held moved a band): the mediator starts again from a new text.
            observer?.TalksEnded(round, day, TalksEnd.Restarted, -1, [], double.NaN, double.NaN, day, null);
            talks.Episode = null;
        }
        if (talks.Episode is null)
        {
            if (day < talks.ClosedUntil)
            {
                return null;
            }
            var seed = random.NextUInt64();
            talks.Episode = OpenEpisode(regime, talks, seed, firstMover, observer is not null, inForce);
            talks.EpisodeRegime = regime;
            talks.Episodes++;
            observer?.TalksOpened(round, day, talks.Episodes, inForce is not null, seed);
        }

        var episode = talks.Episode;
        var episodeRegime = talks.EpisodeRegime!;
        var from = episode.History.Count;
        var vetoes = talks.Vetoes;
        var goesOn = episode.Step();
        if (observer is not null)
        {
            ObserveMoves(observer, episode.History, from, episodeRegime, round, day);
            if (talks.Vetoes != vetoes)
            {
                var (side, ally) = talks.LastVeto;
                observer.Vetoed(round, day, side, _allyNames[side][ally]);
            }
        }
        if (inForce is null)
        {
            // In talks on the next phase a decline reveals only that a side prefers the ceasefire in
            // force to the text, not its value of fighting on: nothing is learnt about its type.
            talks.LearnFromRound(episode.History, from, episodeRegime);
        }
        if (goesOn)
        {
            return null;
        }

        talks.Episode = null;
        if (episode.Ending == SessionEnd.Agreement)
        {
            var agreed = episodeRegime.Agreed(_scenario, _war, Space.Encode(episode.AgreedDigits));
            var end = inForce is not null && agreed.Code == inForce.Code ? TalksEnd.Reaffirmed : TalksEnd.Agreement;
            observer?.TalksEnded(round, day, end, -1, agreed.Terms, agreed.UtilityA, agreed.UtilityB, day, episode.Result);
            return agreed;
        }
        // A walkout closes the talks for the stated delay; an ultimatum rejected (deadline of its one round) leaves them open.
        talks.ClosedUntil = episode.Ending == SessionEnd.Walkout ? day + _talks.ReopenAfterDays : day;
        observer?.TalksEnded(round, day, episode.Ending == SessionEnd.Walkout ? TalksEnd.Walkout : TalksEnd.Rejected, episode.WalkedOut, [], double.NaN, double.NaN, talks.ClosedUntil, episode.Result);
        return null;
    }

    private NegotiationRun OpenEpisode(WarRegime regime, TalksState talks, ulong seed, int firstMover, bool trace, AgreedText? inForce)
    {
        if (!ReferenceEquals(talks.StrategiesRegime, regime))
        {
            talks.KeepStrategies(regime, Strategies(regime, talks));
        }
        var strategies = talks.EpisodeStrategies!;
        var options = new NegotiationOptions
        {
            Deadline = EpisodeDeadline,
            Patience = _patienceRounds,
            Seed = seed,
            // The ultimatum is one round per episode: its proposer alternates from episode to episode, from the first mover.
            FirstMover = _protocol is UltimatumProtocol ? (firstMover + talks.Episodes) % 2 : firstMover,
            Reservations = talks,
            Durability = regime.Durability,
            RecordTrace = trace,
            // One episode is open at a time per run and thread: each reuses the arrays of the one before.
            Workspace = talks.Workspace,
        };
        // Talks on the next phase start from the text in force (a protocol of their own, so the one built once stays shared).
        var protocol = inForce is not null && _protocol is MediatedTextProtocol mediated
            ? new MediatedTextProtocol(mediated.Mediator, new Domain.Outcome(inForce.Digits))
            : _protocol;
        return protocol.Open(regime.Domain, strategies, options);
    }

    /// <summary>Each side's strategy in <paramref name="regime"/>: the scenario's, or screening, under its allies' veto when it has allies.</summary>
    private StrategySpec[] Strategies(WarRegime regime, TalksState talks)
    {
        var strategies = new StrategySpec[2];
        for (var side = 0; side < 2; side++)
        {
            var name = _strategyNames[side];
            if (name == ScreeningName)
            {
                var s = side;
                strategies[side] = new StrategySpec(ScreeningName, c => new ScreeningStrategy(c, s, regime, talks));
            }
            else
            {
                strategies[side] = StrategyCatalog.Get(name);
            }
            if (_allies[side].Length > 0)
            {
                var (inner, s, allies) = (strategies[side], side, _allies[side]);
                strategies[side] = new StrategySpec(inner.Name, c => new CoalitionVeto(c, inner.Create(c), s, allies, regime, talks));
            }
        }
        return strategies;
    }

    /// <summary>Tells the observer each move of the round just played: texts, offers, amendments, acceptances, rejections, walkouts.</summary>
    private void ObserveMoves(IRunObserver observer, NegotiationHistory history, int from, WarRegime regime, int round, double day)
    {
        Span<int> digits = stackalloc int[Space.IssueCount];
        Span<double> buffer = stackalloc double[Space.IssueCount];
        for (var i = from; i < history.Count; i++)
        {
            var move = history[i];
            var detail = move.Justification;
            var hasText = false;
            double uA = double.NaN, uB = double.NaN;
            if (move.Action == TraceAction.Amendment)
            {
                var issue = Space.Issues[move.Issue];
                detail = $"{issue.Name}: {issue.FormatValue(move.Value)}";
            }
            else if (move.Outcome >= 0)
            {
                Space.Decode(move.Outcome, digits);
                for (var k = 0; k < buffer.Length; k++)
                {
                    buffer[k] = Space.Issues[k].NumericValue(digits[k]);
                }
                hasText = true;
                uA = regime.Problem.Profiles[0].Utility(digits);
                uB = regime.Problem.Profiles[1].Utility(digits);
            }
            observer.TalksMove(round, day, move.Party, move.Action, hasText ? buffer : ReadOnlySpan<double>.Empty, uA, uB, detail);
        }
    }
}
