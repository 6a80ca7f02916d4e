using System.Collections.Immutable;
using Parley.Analysis.DealKillers;
using Parley.Analysis.Frontier;
using Parley.Analysis.Range;
using Parley.Domain;

namespace Parley.Analysis;

/// <summary>
/// Static bargaining analysis: is there a deal, where are the efficient texts, and what blocks
/// agreement. Additive profiles are analysed issue by issue (no enumeration, so 10^10-outcome
/// spaces take milliseconds); profiles with cross-issue terms are enumerated up to
/// <see cref="AnalysisOptions.MaxEnumeratedOutcomes"/>.
/// </summary>
public static class BargainingAnalysis
{
    /// <summary>Analyses <paramref name="problem"/>.</summary>
    public static AnalysisResult Analyze(BargainingProblem problem, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= AnalysisOptions.Default;
        var (raw, bounds, method) = FrontierAndRange(problem, options);
        var rangeCount = bounds.Lower;
        var frontier = Deduplicate(raw, options.PointTolerance);
        var points = Enumerable.Range(0, frontier.Count).Select(p => ToPoint(frontier, p)).ToImmutableArray();
        var reservations = problem.ReservationValues;
        var idx = ReferencePoints.Find(frontier, reservations, options.RangeTolerance);

        var killers = ImmutableArray<DealKiller>.Empty;
        var unlimited = WarAimKillers(problem, rangeCount);
        if (!unlimited.IsEmpty)
        {
            // An unlimited aim leaves the other side nothing it could accept, whatever the profiles say.
            return new AnalysisResult
            {
                OutcomeCount = problem.Space.Count,
                Parties = problem.PartyNames,
                ReservationValues = reservations,
                Pareto = points,
                MaxWelfare = idx.MaxWelfare >= 0 ? points[idx.MaxWelfare] : null,
                BargainingRangeCount = 0,
                DealKillers = unlimited,
                Method = method,
            };
        }
        if (options.DiagnoseDealKillers && bounds.Upper <= options.TinyRangeShare * problem.Space.Count)
        {
            killers = DealKillerDiagnosis.Diagnose(problem, options, rangeCount, frontier);
        }

        return new AnalysisResult
        {
            OutcomeCount = problem.Space.Count,
            Parties = problem.PartyNames,
            ReservationValues = reservations,
            Pareto = points,
            Nash = idx.Nash >= 0 ? points[idx.Nash] : null,
            KalaiSmorodinsky = idx.KalaiSmorodinsky >= 0 ? points[idx.KalaiSmorodinsky] : null,
            MaxWelfare = idx.MaxWelfare >= 0 ? points[idx.MaxWelfare] : null,
            Egalitarian = idx.Egalitarian >= 0 ? points[idx.Egalitarian] : null,
            BargainingRangeCount = rangeCount,
            BargainingRangeBounds = bounds,
            DealKillers = killers,
            Method = method,
        };
    }

    /// <summary>
    /// Counts the outcomes every party weakly prefers to its reservation value and no red line
    /// excludes (the certified lower bound when the space is too large to count exactly: see <see cref="CountRangeBounds"/>).
    /// </summary>
    public static long CountRange(BargainingProblem problem, AnalysisOptions? options = null) => CountRangeBounds(problem, options).Lower;

    /// <summary>The size of the bargaining range, exact where it can be counted, else certified bounds.</summary>
    public static RangeCount CountRangeBounds(BargainingProblem problem, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= AnalysisOptions.Default;
        if (problem.IsAdditive && !options.ForceEnumeration)
        {
            return AdditiveRangeCounter.Count(problem, options.RangeTolerance);
        }
        return RangeCount.Exact(EnumeratedFrontier.Compute(problem, options).RangeCount);
    }

    /// <summary>The Pareto frontier alone (deduplicated, by decreasing first utility).</summary>
    public static ImmutableArray<OutcomePoint> ParetoFrontier(BargainingProblem problem, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= AnalysisOptions.Default;
        var raw = problem.IsAdditive && !options.ForceEnumeration
            ? AdditiveFrontier.Compute(problem)
            : EnumeratedFrontier.Compute(problem, options).Frontier;
        var frontier = Deduplicate(raw, options.PointTolerance);
        return Enumerable.Range(0, frontier.Count).Select(p => ToPoint(frontier, p)).ToImmutableArray();
    }

    internal static (RawFrontier Frontier, RangeCount RangeCount, AnalysisMethod Method) FrontierAndRange(BargainingProblem problem, AnalysisOptions options)
    {
        if (problem.IsAdditive && !options.ForceEnumeration)
        {
            var frontier = AdditiveFrontier.Compute(problem);
            var count = AdditiveRangeCounter.Count(problem, options.RangeTolerance);
            return (frontier, count, AnalysisMethod.IssueByIssue);
        }
        var (f, c) = EnumeratedFrontier.Compute(problem, options);
        return (f, RangeCount.Exact(c), AnalysisMethod.Enumerated);
    }

    private static ImmutableArray<DealKiller> WarAimKillers(BargainingProblem problem, long rangeWithLimitedAims)
    {
        if (problem.WarAims.IsDefaultOrEmpty)
        {
            return [];
        }
        var list = new List<DealKiller>();
        for (var p = 0; p < problem.PartyCount; p++)
        {
            if (problem.WarAims[p] is not { IsUnlimited: true } aim)
            {
                continue;
            }
            var others = string.Join(" and ", problem.PartyNames.Where((_, i) => i != p));
            list.Add(new DealKiller
            {
                Kind = DealKillerKind.WarAim,
                Party = problem.PartyNames[p],
                Constraint = $"war aim: {aim.Goal}",
                Relaxation = "a limited war aim",
                OpensOutcomes = rangeWithLimitedAims,
                Message = $"no bargaining range: {problem.PartyNames[p]}'s aim is {aim.Goal}, so no agreement leaves {others} above its reservation value; with a limited aim the range would hold {DealKillerDiagnosis.Outcomes(rangeWithLimitedAims)}",
            });
        }
        return [.. list];
    }

    /// <summary>The points of <paramref name="kept"/> (distinct within the tolerance) that no other weakly dominates within it.</summary>
    private static List<int> DropDominatedWithin(RawFrontier raw, List<int> kept, double tolerance)
    {
        var n = raw.Parties;
        var result = new List<int>(kept.Count);
        for (var a = 0; a < kept.Count; a++)
        {
            var u = raw.UtilitiesOf(kept[a]);
            var dominated = false;
            if (n == 2)
            {
                // kept is a frontier sorted by decreasing first utility (so increasing second): only the
                // neighbours within the tolerance in the coordinate where they are worse can dominate p.
                for (var b = a - 1; b >= 0 && !dominated && raw.UtilitiesOf(kept[b])[1] >= u[1] - tolerance; b--)
                {
                    dominated = DominatesWithin(raw.UtilitiesOf(kept[b]), u, tolerance);
                }
                for (var b = a + 1; b < kept.Count && !dominated && raw.UtilitiesOf(kept[b])[0] >= u[0] - tolerance; b++)
                {
                    dominated = DominatesWithin(raw.UtilitiesOf(kept[b]), u, tolerance);
                }
            }
            else
            {
                for (var b = 0; b < kept.Count && !dominated; b++)
                {
                    dominated = b != a && DominatesWithin(raw.UtilitiesOf(kept[b]), u, tolerance);
                }
            }
            if (!dominated)
            {
                result.Add(kept[a]);
            }
        }
        return result;
    }

    /// <summary>v is at least u up to the tolerance in every utility and better than u by more than it in one.</summary>
    private static bool DominatesWithin(ReadOnlySpan<double> v, ReadOnlySpan<double> u, double tolerance)
    {
        var better = false;
        for (var j = 0; j < u.Length; j++)
        {
            if (v[j] < u[j] - tolerance)
            {
                return false;
            }
            better |= v[j] > u[j] + tolerance;
        }
        return better;
    }

    private static OutcomePoint ToPoint(RawFrontier frontier, int p) =>
        new(frontier.UtilitiesOf(p).ToArray().ToImmutableArray(), new Outcome(frontier.DigitsOf(p).ToArray().ToImmutableArray()));

    /// <summary>
    /// Sorts by decreasing utilities (lexicographic), merges points equal within <paramref name="tolerance"/>
    /// in every utility, and drops points another point weakly dominates within it (at least as good
    /// up to the tolerance everywhere, better by more than it somewhere): two texts whose utilities
    /// differ only in the last digits of a double are a tie, as they are in exact arithmetic. Both the
    /// enumerated and the issue-by-issue frontier pass through here, so they agree.
    /// </summary>
    internal static RawFrontier Deduplicate(RawFrontier raw, double tolerance)
    {
        var n = raw.Parties;
        var order = Enumerable.Range(0, raw.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var ua = raw.UtilitiesOf(a);
            var ub = raw.UtilitiesOf(b);
            for (var j = 0; j < n; j++)
            {
                var c = ub[j].CompareTo(ua[j]);
                if (c != 0)
                {
                    return c;
                }
            }
            return a.CompareTo(b);
        });
        var kept = new List<int>(raw.Count);
        foreach (var p in order)
        {
            var u = raw.UtilitiesOf(p);
            var duplicate = false;
            for (var q = kept.Count - 1; q >= 0; q--)
            {
                var v = raw.UtilitiesOf(kept[q]);
                if (v[0] - u[0] > tolerance)
                {
                    break;
                }
                var same = true;
                for (var j = 0; j < n && same; j++)
                {
                    same = Math.Abs(v[j] - u[j]) <= tolerance;
                }
                if (same)
                {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate)
            {
                kept.Add(p);
            }
        }
        kept = DropDominatedWithin(raw, kept, tolerance);
        var utilities = new double[kept.Count * n];
        var digits = new int[kept.Count * raw.Issues];
        for (var i = 0; i < kept.Count; i++)
        {
            raw.UtilitiesOf(kept[i]).CopyTo(utilities.AsSpan(i * n, n));
            raw.DigitsOf(kept[i]).CopyTo(digits.AsSpan(i * raw.Issues, raw.Issues));
        }
        return new RawFrontier(utilities, digits, kept.Count, n, raw.Issues);
    }
}
