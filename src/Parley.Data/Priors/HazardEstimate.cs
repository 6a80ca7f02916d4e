using Parley.Data.Statistics;
using Parley.Data.Survival;

namespace Parley.Data.Priors;

/// <summary>
/// A ceasefire breakdown hazard estimated from data, for the war process to use instead of a
/// hand-set number: a constant hazard (events / exposure, per day) with an exact Poisson
/// confidence interval, and the Kaplan-Meier curve it summarises (to check the constant-hazard
/// assumption against). <see cref="Describe"/> is the line a report states.
/// </summary>
/// <param name="DatasetId">Where it comes from (<c>eth-prio</c>).</param>
/// <param name="Filter">The selection, canonical form.</param>
/// <param name="Event">What counted as the end.</param>
/// <param name="Ceasefires">Usable ceasefires in the selection.</param>
/// <param name="Events">Of those, how many ended in the event.</param>
/// <param name="ExposureDays">Total days in force observed.</param>
/// <param name="PerDay">Constant hazard per day with its confidence interval.</param>
/// <param name="Pieces">Piecewise-constant hazard (windows cut at 1, 7, 30, 90, 365 days by default).</param>
/// <param name="Curve">The Kaplan-Meier curve of the selection.</param>
/// <param name="Unverified">True when the estimate rests on unverified code readings.</param>
public sealed record HazardEstimate(
    string DatasetId,
    string Filter,
    CeasefireEvent Event,
    int Ceasefires,
    int Events,
    double ExposureDays,
    Interval PerDay,
    IReadOnlyList<HazardPiece> Pieces,
    KaplanMeierCurve Curve,
    bool Unverified)
{
    /// <summary>Median days to the event under the constant hazard: ln 2 / λ.</summary>
    public double ImpliedMedianDays => PerDay.Estimate > 0 ? Math.Log(2) / PerDay.Estimate : double.PositiveInfinity;

    /// <summary>P(still holding after <paramref name="days"/>) under the constant hazard: exp(-λ days).</summary>
    public double ImpliedHolding(double days) => Math.Exp(-PerDay.Estimate * days);

    /// <summary>One line for a report: the estimate, its interval, and where it comes from.</summary>
    public string Describe()
    {
        var kind = Event == CeasefireEvent.Breakdown ? "breakdown" : "end";
        var caveat = Unverified ? "; code readings unverified" : "";
        var first = Pieces.Count > 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"; days 0-{Pieces[0].ToDay:0} {Pieces[0].PerDay.Estimate:G4}/day (CI {Pieces[0].PerDay.Lower:G4}-{Pieces[0].PerDay.Upper:G4})")
            : "";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"ceasefire {kind} hazard {PerDay.Estimate:G4}/day ({PerDay.Confidence:P0} CI {PerDay.Lower:G4}-{PerDay.Upper:G4}){first} from {DatasetId} filter {Filter}: {Events} events in {ExposureDays:F0} ceasefire-days over {Ceasefires} ceasefires{caveat}");
    }
}
