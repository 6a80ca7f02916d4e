using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Analysis.Amendments;

/// <summary>What an amendment does to a text: each party's utility before and after, and whether the text stays in the bargaining range.</summary>
public sealed record AmendmentImpact
{
    /// <summary>The text before.</summary>
    public required Outcome Before { get; init; }

    /// <summary>The amended text.</summary>
    public required Outcome After { get; init; }

    /// <summary>The issues the amendment changes (by index).</summary>
    public required ImmutableArray<int> ChangedIssues { get; init; }

    /// <summary>Per party, in problem order.</summary>
    public required ImmutableArray<PartyUtilityChange> Parties { get; init; }

    /// <summary>Whether every party could accept the text before.</summary>
    public bool InRangeBefore => Parties.All(p => p.AcceptableBefore);

    /// <summary>Whether every party could accept the amended text.</summary>
    public bool InRangeAfter => Parties.All(p => p.AcceptableAfter);

    /// <summary>
    /// Evaluates <paramref name="amendment"/> (issue index to new value index) against <paramref name="text"/>.
    /// </summary>
    public static AmendmentImpact Evaluate(BargainingProblem problem, Outcome text, IReadOnlyDictionary<int, int> amendment, double tolerance = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(amendment);
        var after = text;
        foreach (var (issue, value) in amendment)
        {
            if ((uint)issue >= (uint)problem.Space.IssueCount || (uint)value >= (uint)problem.Space.Radices[issue])
            {
                throw new ModelException($"the amendment sets issue #{issue} to value #{value}, which the space lacks");
            }
            after = after.With(issue, value);
        }
        var parties = new List<PartyUtilityChange>();
        for (var p = 0; p < problem.PartyCount; p++)
        {
            var profile = problem.Profiles[p];
            var before = profile.Utility(text);
            var now = profile.Utility(after);
            var lineBefore = profile.CrossedRedLine(text.ValueIndices.AsSpan());
            var lineAfter = profile.CrossedRedLine(after.ValueIndices.AsSpan());
            parties.Add(new PartyUtilityChange(
                problem.PartyNames[p],
                before,
                now,
                profile.ReservationValue,
                lineBefore is null && before >= profile.ReservationValue - tolerance,
                lineAfter is null && now >= profile.ReservationValue - tolerance,
                lineAfter?.Description));
        }
        return new AmendmentImpact
        {
            Before = text,
            After = after,
            ChangedIssues = amendment.Where(kv => text[kv.Key] != kv.Value).Select(kv => kv.Key).Order().ToImmutableArray(),
            Parties = [.. parties],
        };
    }
}
