using Parley.Analysis;
using Parley.Analysis.DealKillers;
using Parley.Domain;

namespace Parley.Formats.Analysis;

/// <summary>The JSON shape of <c>parley analyze --format json</c> (a contract: keep field names).</summary>
public sealed record AnalysisJson(
    long OutcomeCount,
    IReadOnlyList<string> Parties,
    IReadOnlyList<double> ReservationValues,
    IReadOnlyList<PointJson> Pareto,
    PointJson? Nash,
    PointJson? KalaiSmorodinsky,
    PointJson? MaxWelfare,
    PointJson? Egalitarian,
    RangeJson BargainingRange,
    IReadOnlyList<DealKillerJson> DealKillers,
    string Method,
    string Domain)
{
    /// <summary>Maps an analysis result.</summary>
    public static AnalysisJson From(AnalysisResult result, OutcomeSpace space, string domain)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AnalysisJson(
            result.OutcomeCount,
            result.Parties,
            result.ReservationValues,
            result.Pareto.Select(p => PointJson.From(p, space)!).ToList(),
            PointJson.From(result.Nash, space),
            PointJson.From(result.KalaiSmorodinsky, space),
            PointJson.From(result.MaxWelfare, space),
            PointJson.From(result.Egalitarian, space),
            RangeJson.From(result),
            result.DealKillers.Select(DealKillerJson.From).ToList(),
            result.Method == AnalysisMethod.IssueByIssue ? "issue-by-issue" : "enumerated",
            domain);
    }

    /// <summary>
    /// The analysis of one hypothesis of a scenario titled <paramref name="title"/>, named as
    /// <c>parley analyze --hypothesis NAME --format json</c> names it ("Title [NAME]").
    /// </summary>
    public static AnalysisJson ForHypothesis(AnalysisResult result, OutcomeSpace space, string title, string hypothesis) =>
        From(result, space, $"{title} [{hypothesis}]");
}

/// <summary>A point: utilities in party order and the outcome as issue name to value text.</summary>
public sealed record PointJson(IReadOnlyList<double> Utilities, IReadOnlyDictionary<string, string> Outcome)
{
    /// <summary>Maps a point (null stays null).</summary>
    public static PointJson? From(OutcomePoint? point, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return point is null
            ? null
            : new PointJson(point.Utilities, space.Describe(point.Outcome).ToDictionary(kv => kv.Key, kv => kv.Value));
    }
}

/// <summary>
/// The bargaining range's size: <c>exact</c> true when <c>outcomeCount</c> is the count; otherwise
/// the space was too large to count exactly and the true count lies in [<c>lower</c>, <c>upper</c>]
/// (certified bounds), <c>outcomeCount</c> being the lower bound.
/// </summary>
public sealed record RangeJson(long OutcomeCount, double Share, bool Exact, long Lower, long Upper)
{
    /// <summary>Maps the range of an analysis result.</summary>
    public static RangeJson From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var b = result.BargainingRangeBounds;
        return new RangeJson(result.BargainingRangeCount, result.OutcomeCount == 0 ? 0 : (double)result.BargainingRangeCount / result.OutcomeCount, b.IsExact, b.Lower, b.Upper);
    }
}

/// <summary>One deal-killer.</summary>
public sealed record DealKillerJson(string Kind, string? Party, string? Issue, string Constraint, string Relaxation, string? RelaxedValue, long OpensOutcomes, string Message)
{
    /// <summary>Maps a deal-killer.</summary>
    public static DealKillerJson From(DealKiller k)
    {
        ArgumentNullException.ThrowIfNull(k);
        var kind = k.Kind switch
        {
            DealKillerKind.Issue => "issue",
            DealKillerKind.RedLine => "redLine",
            DealKillerKind.ReservationValue => "reservationValue",
            DealKillerKind.WarAim => "warAim",
            _ => "combination",
        };
        return new DealKillerJson(kind, k.Party, k.Issue, k.Constraint, k.Relaxation, k.RelaxedValue, k.OpensOutcomes, k.Message);
    }
}
