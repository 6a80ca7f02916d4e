using System.Collections.Immutable;
using System.Globalization;
using Parley.Analysis.Frontier;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Analysis.DealKillers;

/// <summary>
/// Says which red lines, reservation values or issues empty the bargaining range, and for each the
/// smallest relaxation that reopens it: for a red line on a numeric issue, the forbidden value
/// nearest the allowed ones that opens outcomes; on named options, the option that opens most;
/// for a reservation value, the highest value at which some text clears it given everyone
/// else's constraints. When the range is tiny rather than empty, the same relaxations are
/// reported with how much each widens it.
/// </summary>
internal static class DealKillerDiagnosis
{
    /// <summary>When the range is tiny, reservation values are probed by this step.</summary>
    public const double ReservationProbeStep = 0.05;

    public static ImmutableArray<DealKiller> Diagnose(BargainingProblem problem, AnalysisOptions options, long rangeCount, RawFrontier frontier)
    {
        var inner = options with { DiagnoseDealKillers = false };
        var killers = new List<DealKiller>();
        killers.AddRange(IssueConflicts(problem));
        for (var p = 0; p < problem.PartyCount; p++)
        {
            var profile = problem.Profiles[p];
            for (var l = 0; l < profile.RedLines.Length; l++)
            {
                var killer = DiagnoseRedLine(problem, p, l, rangeCount, inner);
                if (killer is not null)
                {
                    killers.Add(killer);
                }
            }
            var reservation = DiagnoseReservation(problem, p, rangeCount, frontier, inner);
            if (reservation is not null)
            {
                killers.Add(reservation);
            }
        }
        if (rangeCount == 0 && !killers.Any(k => k.OpensOutcomes > 0))
        {
            killers.Add(Combined(problem, inner));
        }
        return killers
            .OrderBy(k => k.Kind)
            .ThenByDescending(k => k.OpensOutcomes)
            .ToImmutableArray();
    }

    private static IEnumerable<DealKiller> IssueConflicts(BargainingProblem problem)
    {
        var allowed = problem.AllowedOptions();
        for (var i = 0; i < allowed.Length; i++)
        {
            if (allowed[i].Length > 0)
            {
                continue;
            }
            var issue = problem.Space.Issues[i];
            var parts = new List<string>();
            for (var p = 0; p < problem.PartyCount; p++)
            {
                var ok = Enumerable.Range(0, issue.ValueCount).Where(v => problem.Profiles[p].IsAllowed(i, v)).ToList();
                if (ok.Count < issue.ValueCount)
                {
                    parts.Add($"{problem.PartyNames[p]} accepts {Describe(issue, ok)}");
                }
            }
            yield return new DealKiller
            {
                Kind = DealKillerKind.Issue,
                Issue = issue.Name,
                Constraint = string.Join("; ", parts),
                Relaxation = "one party must move its red line on this issue (see the red-line entries)",
                OpensOutcomes = 0,
                Message = $"no value of '{issue.Name}' passes every party's red lines: {string.Join("; ", parts)}",
            };
        }
    }

    private static DealKiller? DiagnoseRedLine(BargainingProblem problem, int party, int lineIndex, long rangeCount, AnalysisOptions options)
    {
        var profile = problem.Profiles[party];
        var line = profile.RedLines[lineIndex];
        var name = problem.PartyNames[party];
        if (line is IssueRedLine issueLine)
        {
            var issue = problem.Space.Issues[issueLine.Issue];
            var allowedValues = Enumerable.Range(0, issue.ValueCount).Where(v => issueLine.Allowed[v]).ToList();
            var candidates = Enumerable.Range(0, issue.ValueCount).Where(v => !issueLine.Allowed[v]).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }
            long bestCount = rangeCount;
            var bestValue = -1;
            if (issue.IsNumeric)
            {
                // Nearest forbidden value first: the smallest relaxation that opens anything wins.
                var ordered = candidates
                    .OrderBy(v => allowedValues.Count == 0 ? 0 : allowedValues.Min(a => Math.Abs(issue.NumericValue(a) - issue.NumericValue(v))))
                    .ThenBy(v => v);
                foreach (var v in ordered)
                {
                    var count = CountWith(problem, party, profile.WithRedLines(Replace(profile.RedLines, lineIndex, issueLine.Allowing(v))), options);
                    if (count > rangeCount)
                    {
                        bestCount = count;
                        bestValue = v;
                        break;
                    }
                }
            }
            else
            {
                foreach (var v in candidates)
                {
                    var count = CountWith(problem, party, profile.WithRedLines(Replace(profile.RedLines, lineIndex, issueLine.Allowing(v))), options);
                    if (count > bestCount)
                    {
                        bestCount = count;
                        bestValue = v;
                    }
                }
            }
            if (bestValue < 0)
            {
                return null;
            }
            var valueText = issue.FormatValue(bestValue);
            var verb = rangeCount == 0 ? "opens" : "widens the range to";
            return new DealKiller
            {
                Kind = DealKillerKind.RedLine,
                Party = name,
                Issue = issue.Name,
                Constraint = line.Description,
                Relaxation = $"allow '{valueText}'",
                RelaxedValue = valueText,
                OpensOutcomes = bestCount,
                Message = $"{name}'s red line on '{issue.Name}' ({line.Description}): allowing '{valueText}' {verb} {Outcomes(bestCount)}",
            };
        }

        var dropped = profile.WithRedLines(profile.RedLines.RemoveAt(lineIndex));
        var droppedCount = CountWith(problem, party, dropped, options);
        if (droppedCount <= rangeCount)
        {
            return null;
        }
        return new DealKiller
        {
            Kind = DealKillerKind.RedLine,
            Party = name,
            Constraint = line.Description,
            Relaxation = "drop this red line",
            OpensOutcomes = droppedCount,
            Message = $"{name}'s red line ({line.Description}): dropping it opens {Outcomes(droppedCount)}",
        };
    }

    private static DealKiller? DiagnoseReservation(BargainingProblem problem, int party, long rangeCount, RawFrontier frontier, AnalysisOptions options)
    {
        var reservations = problem.ReservationValues;
        var r = reservations[party];
        var name = problem.PartyNames[party];
        double relaxed;
        if (rangeCount == 0)
        {
            // The best this party can get from any text the others (and all red lines) accept.
            var best = double.NegativeInfinity;
            for (var p = 0; p < frontier.Count; p++)
            {
                var u = frontier.UtilitiesOf(p);
                var ok = true;
                for (var j = 0; j < u.Length && ok; j++)
                {
                    ok = j == party || u[j] >= reservations[j] - options.RangeTolerance;
                }
                if (ok)
                {
                    best = Math.Max(best, u[party]);
                }
            }
            if (double.IsNegativeInfinity(best) || best >= r)
            {
                return null;
            }
            relaxed = best;
        }
        else
        {
            relaxed = r - ReservationProbeStep;
        }
        var count = CountWith(problem, party, problem.Profiles[party].WithReservationValue(relaxed), options);
        if (count <= rangeCount)
        {
            return null;
        }
        var rText = r.ToString("0.###", CultureInfo.InvariantCulture);
        var relaxedText = relaxed.ToString("0.###", CultureInfo.InvariantCulture);
        var byText = (r - relaxed).ToString("0.###", CultureInfo.InvariantCulture);
        var verb = rangeCount == 0 ? "opens" : "widens the range to";
        return new DealKiller
        {
            Kind = DealKillerKind.ReservationValue,
            Party = name,
            Constraint = $"reservation value {rText}",
            Relaxation = $"lower it to {relaxedText} (by {byText})",
            RelaxedValue = relaxedText,
            OpensOutcomes = count,
            Message = $"{name}'s reservation value {rText}: lowering it to {relaxedText} (by {byText}) {verb} {Outcomes(count)}",
        };
    }

    private static DealKiller Combined(BargainingProblem problem, AnalysisOptions options)
    {
        var noLines = problem;
        for (var p = 0; p < problem.PartyCount; p++)
        {
            noLines = noLines.WithProfile(p, noLines.Profiles[p].WithRedLines([]));
        }
        var withoutRedLines = BargainingAnalysis.CountRange(noLines, options);
        return new DealKiller
        {
            Kind = DealKillerKind.Combination,
            Constraint = "several constraints together",
            Relaxation = "no single relaxation reopens the range; several parties must move at once",
            OpensOutcomes = withoutRedLines,
            Message = $"no single red line or reservation value reopens the range; with every red line dropped it holds {Outcomes(withoutRedLines)}",
        };
    }

    /// <summary>"1 outcome", "1,240 outcomes".</summary>
    internal static string Outcomes(long n) => n == 1 ? "1 outcome" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} outcomes";

    private static long CountWith(BargainingProblem problem, int party, PreferenceProfile profile, AnalysisOptions options) =>
        BargainingAnalysis.CountRange(problem.WithProfile(party, profile), options);

    private static ImmutableArray<RedLine> Replace(ImmutableArray<RedLine> lines, int index, RedLine replacement) =>
        lines.SetItem(index, replacement);

    private static string Describe(Issue issue, List<int> values) =>
        values.Count == 0 ? "no value" : string.Join(", ", values.Select(v => $"'{issue.FormatValue(v)}'"));
}
