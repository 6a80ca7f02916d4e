using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation;

/// <summary>A strategy whose decisions are given by a function of the view; records every view it was shown.</summary>
internal sealed class ScriptedStrategy(PartyContext context, Func<PartyView, Decision> decide) : Strategy(context)
{
    public List<(int Round, double Time, double Reservation, long Standing, int StandingParty, bool FinalChance, int HistoryCount)> Seen { get; } = [];

    public override double TargetUtility(PartyView view) => Context.Outcomes.MaxUtility;

    public override Decision Decide(PartyView view)
    {
        Seen.Add((view.Round, view.Time, view.Reservation, view.StandingOutcome, view.StandingParty, view.IsFinalChance, view.History.Count));
        return decide(view);
    }

    /// <summary>A spec that builds a scripted strategy and hands it to <paramref name="capture"/>.</summary>
    public static StrategySpec Spec(Func<PartyView, Decision> decide, Action<ScriptedStrategy>? capture = null) =>
        new("scripted", c =>
        {
            var s = new ScriptedStrategy(c, decide);
            capture?.Invoke(s);
            return s;
        });
}
