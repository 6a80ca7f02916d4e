using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Formats.Scenario;
using Parley.Negotiation;
using Parley.Negotiation.Traces;
using Parley.Randomness;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>
/// Issue 10 §7: a round of the war process allocates nothing, talks included. Two optimists fight a
/// long war over a zero-sum text: each believes it wins 9 battles in 10, so each values fighting on at
/// nearly 1 and no text is worth that much to both; neither walks out (its best text is worth 1), so
/// one episode of talks stays open, amending and revising every round, to the horizon. The same war
/// to a horizon twice as far allocates no more than to the nearer one, apart from a small constant.
/// </summary>
public sealed class TalksAllocationTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: two optimists }
        issues:
          - { name: line, type: integer, min: 0, max: 10, step: 1 }
          - { name: trucks, type: integer, min: 0, max: 600, step: 100 }
        parties:
          - name: A
            role: belligerent
            weights: { line: 1, trucks: 1 }
            values: { line: { linear: { worst: 0, best: 10 } }, trucks: { linear: { worst: 600, best: 0 } } }
          - name: B
            role: belligerent
            weights: { line: 1, trucks: 1 }
            values: { line: { linear: { worst: 10, best: 0 } }, trucks: { linear: { worst: 0, best: 600 } } }
        war:
          horizon_days: HORIZON
          battles_per_round: 1
          battle_win_probability: 0.5
          initial_control: 0.5
          control_step: 0.005
          sides:
            A: { prior: { wins: 9, losses: 1 }, victory_control: 0.9, cost_tolerance: 1000, utility_cost_per_day: 0 }
            B: { prior: { wins: 9, losses: 1 }, victory_control: 0.9, cost_tolerance: 1000, utility_cost_per_day: 0 }
          ceasefire: { phase_days: 42, base_hazard_per_day: 0.002 }
        """;

    private static ScenarioWarModel Model(int rounds)
    {
        var scenario = ScenarioReader.Parse(Yaml.Replace("HORIZON", (rounds * 7).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), "optimists.yaml");
        return new ScenarioWarModel(scenario, "baseline");
    }

    /// <summary>
    /// Bytes a run may allocate beyond the nearer horizon's run: less than one small object (24 bytes) in
    /// every 10 of the 200 extra rounds, so any allocation per round of talks or war fails the test.
    /// </summary>
    private const long Slack = 480;

    [Fact]
    public void A_war_twice_as_long_with_talks_open_every_round_allocates_no_more()
    {
        var near = Model(200);
        var far = Model(400);

        // The war is what the test needs: one episode of talks, never ended, playing every round to the horizon.
        var watcher = new TalksWatcher();
        var record = far.Explain(Seed, 0, watcher);
        Assert.Equal((Ending.StalemateAtHorizon, 400), (record.Ending, record.Rounds));
        Assert.Equal((400, 1, 0), (watcher.TalkRounds, watcher.Opened, watcher.Ended));
        Assert.True(watcher.Amendments >= 400, $"{watcher.Amendments} amendments in 400 rounds: the parties must amend every round");

        // Warm up: the thread's buffers (the talks' history among them) grow to the longer war once. They
        // are rebuilt when the thread turns to another model (a constant per switch), so each measured
        // run follows a run of its own model, as runs of a Monte Carlo do.
        var values = new double[far.Columns.Count];
        Allocated(far, values);
        Allocated(near, values);
        var nearBytes = Allocated(near, values);
        Allocated(far, values);
        var farBytes = Allocated(far, values);
        Assert.True(farBytes <= nearBytes + Slack, $"a 400-round war allocated {farBytes} bytes, a 200-round war {nearBytes}: {(farBytes - nearBytes) / 200.0:0.#} bytes per extra round");
    }

    private const ulong Seed = 3;

    /// <summary>The bytes run 0 allocates on this thread, without an observer (as in a Monte Carlo).</summary>
    private static long Allocated(ScenarioWarModel model, double[] values)
    {
        var random = new CounterRandom(Seed, 0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        model.Run(ref random, values);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Counts what the talks of a run did.</summary>
    private sealed class TalksWatcher : IRunObserver
    {
        private int _lastRound = -1;

        public int TalkRounds { get; private set; }

        public int Opened { get; private set; }

        public int Ended { get; private set; }

        public int Moves { get; private set; }

        public int Amendments { get; private set; }

        public void EventFired(int round, double day, int eventIndex) { }

        public void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA) { }

        public void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed) => Opened++;

        public void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail)
        {
            Moves++;
            Amendments += action == TraceAction.Amendment ? 1 : 0;
            if (round != _lastRound)
            {
                TalkRounds++;
                _lastRound = round;
            }
        }

        public void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode) => Ended++;

        public void CeasefireBroken(int round, double day, Side breaker, double heldDays) { }

        public void Battles(int round, double day, int wonByA, int lostByA, double controlA) { }
    }
}
