using System.Collections.Immutable;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Negotiation;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Reservation;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>
/// The talks inside a simulated war are the negotiation engine itself: replaying the first episode of
/// talks of a run through the engine's own <see cref="IProtocol.Run"/>, on the reservation values the
/// war supplied round by round (a <see cref="ScriptedReservationValues"/>) and the texts' chance of
/// holding it supplies (<see cref="NegotiationOptions.Durability"/>), gives the same trace.
/// </summary>
public sealed class OneEngineTests
{
    [Fact]
    public void The_first_episode_of_each_of_100_runs_is_the_engines_own_negotiation_on_the_wars_values()
    {
        // Time-dependent strategies (they draw no random numbers) with a patience of 8 rounds.
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims") with
        {
            NegotiationPatience = 8,
            Talks = new TalksSettings { Strategies = ImmutableDictionary<string, string>.Empty.Add("Israel", "boulware").Add("Hamas", "conceder") },
        };
        var model = new ScenarioWarModel(scenario, "limited-aims");
        var problem = scenario.ToProblem();
        var domain = new NegotiationDomain(problem.Space, problem.PartyNames, problem.Profiles, name: scenario.Title);
        var framework = scenario.Texts[0].Complete(scenario.Space, scenario.Defaults);
        var strategies = new[] { StrategyCatalog.Get("boulware"), StrategyCatalog.Get("conceder") };
        var compared = 0;
        for (var run = 0; run < 100; run++)
        {
            var watcher = new EpisodeWatcher();
            model.Explain(seed: 5, run, watcher);
            if (watcher.Result is null)
            {
                continue;
            }
            compared++;
            var script = new ScriptedReservationValues(watcher.Values);
            var alone = new MediatedTextProtocol(MediatorCatalog.Default, framework)
                .Run(domain, strategies, new NegotiationOptions { Deadline = 1_000_000, Patience = 8, Reservations = script, Durability = model.Durability, Seed = watcher.Seed });
            Assert.Equal(watcher.Result.Ending, alone.Ending);
            Assert.Equal(watcher.Result.Rounds, alone.Rounds);
            Assert.Equal(watcher.Result.Agreement?.Outcome, alone.Agreement?.Outcome);
            var inWar = watcher.Result.Trace!.Events;
            var engine = alone.Trace!.Events;
            Assert.Equal(engine.Length, inWar.Length);
            for (var i = 0; i < engine.Length; i++)
            {
                Assert.Equal((engine[i].Round, engine[i].Actor, engine[i].Action, engine[i].Outcome, engine[i].Issue, engine[i].Value),
                    (inWar[i].Round, inWar[i].Actor, inWar[i].Action, inWar[i].Outcome, inWar[i].Issue, inWar[i].Value));
                Assert.Equal(engine[i].Utilities.AsSpan().ToArray(), inWar[i].Utilities.AsSpan().ToArray());
            }
        }
        Assert.True(compared >= 90, $"only {compared} of 100 runs had a finished episode of talks");
    }

    /// <summary>Keeps the reservation values of each round of the first episode and its result.</summary>
    private sealed class EpisodeWatcher : IRunObserver
    {
        private bool _open;
        private double _valueA;
        private double _valueB;

        public List<double[]> Values { get; } = [];

        public ulong Seed { get; private set; }

        public NegotiationResult? Result { get; private set; }

        public void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA)
        {
            _valueA = valueA;
            _valueB = valueB;
        }

        public void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed)
        {
            _open = Result is null;
            if (_open)
            {
                Seed = seed;
                // A restart on new positions ends an episode without a result: keep only the last one's values.
                Values.Clear();
            }
        }

        public void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail)
        {
            if (_open && (action is TraceAction.Text or TraceAction.Revision))
            {
                Values.Add([_valueA, _valueB]);
            }
        }

        public void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode)
        {
            if (_open)
            {
                Result = episode;
                _open = false;
            }
        }

        public void EventFired(int round, double day, int eventIndex)
        {
        }

        public void CeasefireBroken(int round, double day, Side breaker, double heldDays)
        {
        }

        public void Battles(int round, double day, int wonByA, int lostByA, double controlA)
        {
        }
    }
}
