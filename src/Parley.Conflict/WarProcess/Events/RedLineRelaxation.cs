using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Conflict.WarProcess.Events;

/// <summary>
/// Relaxes a party's red line on one issue: to the stated values, or by default to the smallest
/// relaxation the deal-killer diagnosis finds (<see cref="BargainingAnalysis.Analyze"/>: the
/// forbidden value that opens or widens the bargaining range most).
/// </summary>
internal static class RedLineRelaxation
{
    /// <summary>
    /// The problem with party <paramref name="party"/>'s red lines on <paramref name="issue"/> also
    /// allowing <paramref name="allow"/> (empty: the deal-killer diagnosis's relaxation; when it names
    /// none, the problem unchanged). A party with no red line on the issue is unchanged.
    /// </summary>
    public static BargainingProblem Apply(BargainingProblem problem, int party, int issue, ImmutableArray<int> allow)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var profile = problem.Profiles[party];
        if (!profile.RedLines.Any(r => r is IssueRedLine l && l.Issue == issue))
        {
            return problem;
        }
        var values = allow.IsDefaultOrEmpty ? Diagnosed(problem, party, issue) : allow;
        if (values.IsEmpty)
        {
            return problem;
        }
        var lines = profile.RedLines.Select(r => r is IssueRedLine l && l.Issue == issue ? values.Aggregate(l, (acc, v) => acc.Allowing(v)) : r);
        var profiles = problem.Profiles.SetItem(party, profile.WithRedLines(lines));
        return new BargainingProblem(problem.Space, problem.PartyNames, profiles) { WarAims = problem.WarAims };
    }

    /// <summary>The value the deal-killer diagnosis says to allow on <paramref name="issue"/> for <paramref name="party"/> (empty when it names none).</summary>
    public static ImmutableArray<int> Diagnosed(BargainingProblem problem, int party, int issue)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var name = problem.PartyNames[party];
        var issueName = problem.Space.Issues[issue].Name;
        var killer = BargainingAnalysis.Analyze(problem).DealKillers
            .FirstOrDefault(k => k.Party == name && k.Issue == issueName && k.RelaxedValue is not null && k.OpensOutcomes > 0);
        return killer is null ? [] : [problem.Space.Issues[issue].ParseValue(killer.RelaxedValue!)];
    }
}
