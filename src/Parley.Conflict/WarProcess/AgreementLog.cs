using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Negotiation;
using Parley.Negotiation.Traces;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// Every agreement of every run of a Monte Carlo, in order: each run replayed on its own random stream
/// (<see cref="ScenarioWarModel.Explain"/>) with an observer that keeps its agreements and breakdowns.
/// A second pass after the Monte Carlo, so the Monte Carlo itself is not slowed.
/// </summary>
public sealed class AgreementLog : IRunObserver
{
    private readonly ScenarioWarModel _model;
    private readonly List<AgreementRow> _rows = [];
    private int _run;
    private int _number;
    private Side _accepted;
    private int _acceptances;
    private int _vetoes;
    private readonly List<string> _events = [];

    private AgreementLog(ScenarioWarModel model) => _model = model;

    /// <summary>The agreements of runs 0..<paramref name="runs"/>-1 of the Monte Carlo with <paramref name="seed"/>, run by run.</summary>
    public static IReadOnlyList<AgreementRow> Collect(ScenarioWarModel model, ulong seed, int runs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var log = new AgreementLog(model);
        for (var run = 0; run < runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            log._run = run;
            log._number = 0;
            log._vetoes = 0;
            log._events.Clear();
            model.Explain(seed, run, log);
        }
        return log._rows;
    }

    /// <inheritdoc />
    public void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed) => _accepted = Side.None;

    /// <inheritdoc />
    public void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail)
    {
        if (action == TraceAction.Text || action == TraceAction.Revision || action == TraceAction.Offer)
        {
            _accepted = Side.None;
            _acceptances = 0;
        }
        else if (action == TraceAction.Accept && party is 0 or 1)
        {
            _acceptances++;
            _accepted = party == 0 ? Side.A : Side.B;
        }
    }

    /// <inheritdoc />
    public void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode)
    {
        if (end == TalksEnd.Agreement)
        {
            _number++;
            // Both sides accepting a mediator's text leave AcceptedBy empty; in alternating offers it is the side that accepted.
            _rows.Add(new AgreementRow(_run, _number, day, TermsText.Describe(_model.Space, terms), _acceptances >= 2 ? Side.None : _accepted, Side.None, double.NaN, _vetoes, string.Join("; ", _events)));
            _vetoes = 0;
        }
    }

    /// <inheritdoc />
    public void TextInForce(int round, double day, string name, ReadOnlySpan<double> terms, double utilityA, double utilityB)
    {
        // A text in force from day 0 is the run's first agreement, accepted by both before the run starts.
        _number++;
        _rows.Add(new AgreementRow(_run, _number, day, TermsText.Describe(_model.Space, terms), Side.None, Side.None, double.NaN, 0, ""));
    }

    /// <inheritdoc />
    public void Vetoed(int round, double day, int side, string ally) => _vetoes++;

    /// <inheritdoc />
    public void CeasefireBroken(int round, double day, Side breaker, double heldDays) =>
        _rows[^1] = _rows[^1] with { BrokenBy = breaker, BrokenDay = day };

    /// <inheritdoc />
    public void EventFired(int round, double day, int eventIndex)
    {
        _events.Add(_model.War.Events[eventIndex].Name);
    }

    /// <inheritdoc />
    public void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA)
    {
    }

    /// <inheritdoc />
    public void Battles(int round, double day, int wonByA, int lostByA, double controlA)
    {
    }
}
