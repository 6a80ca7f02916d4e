using System.Collections.Immutable;
using Parley.Negotiation;

namespace Parley.Application.Play;

/// <summary>
/// How a played game ended, for the debrief: the negotiation (with its trace), where its agreement sits
/// against the frontier and the Nash text, and what agents in every seat would have done.
/// </summary>
/// <param name="Result">The negotiation as played.</param>
/// <param name="NashText">The Nash bargaining text, or null when the range is empty.</param>
/// <param name="NashUtilities">Its utilities in party order (empty without it).</param>
/// <param name="Agents">The same talks with agents in every seat (same war, same seed).</param>
/// <param name="Advice">Turn by turn, what the agent in each person's seat would have done.</param>
public sealed record GameOutcome(
    NegotiationResult Result,
    string? NashText,
    ImmutableArray<double> NashUtilities,
    NegotiationResult Agents,
    ImmutableArray<AdviceEntry> Advice)
{
    /// <summary>The agreed text, or null.</summary>
    public string? AgreementText => Result.Agreement is { } a && Result.Trace is { } t ? t.Space.DescribeLine(a.Outcome) : null;

    /// <summary>
    /// The agreement's utilities to the two belligerents of a report (<paramref name="belligerents"/>), for
    /// marking it on the Pareto chart; null without an agreement or when a belligerent holds no seat.
    /// </summary>
    public Results.UtilityPoint? AgreementPoint(Results.BelligerentPair belligerents)
    {
        ArgumentNullException.ThrowIfNull(belligerents);
        var first = Result.PartyNames.IndexOf(belligerents.First);
        var second = Result.PartyNames.IndexOf(belligerents.Second);
        return Result.Agreement is { } a && first >= 0 && second >= 0 ? new Results.UtilityPoint(a.Utilities[first], a.Utilities[second]) : null;
    }

    /// <summary>"agreement in round 4", "Israel walked out in round 2", "deadline after 12 rounds".</summary>
    public string Summary => Describe(Result);

    /// <summary>The same words for the agents' game.</summary>
    public string AgentsSummary => Describe(Agents);

    private static string Describe(NegotiationResult r) => r.Ending switch
    {
        SessionEnd.Agreement => $"agreement in round {r.Rounds}",
        SessionEnd.Walkout => $"{(r.WalkedOut is { } w ? r.PartyNames[w] : "a party")} walked out in round {r.Rounds}",
        _ => $"no agreement by the deadline ({r.Rounds} rounds)",
    };
}
