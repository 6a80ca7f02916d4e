using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Application.Backtest;

/// <summary>
/// Time to the first agreement across the runs of a Monte Carlo, as a survival curve: a run that
/// agreed on day d is an event at d; a run with no agreement (it ended by force, or was still fighting)
/// is censored at the horizon. Quantiles come from the Kaplan-Meier curve, so runs that never agree
/// push the median up instead of being dropped; a quantile the curve never reaches lies beyond the
/// horizon and is null.
/// </summary>
public sealed class TimeToAgreement
{
    private readonly KaplanMeierCurve _curve;

    private TimeToAgreement(KaplanMeierCurve curve, double horizonDays)
    {
        _curve = curve;
        HorizonDays = horizonDays;
    }

    /// <summary>The day runs without an agreement are censored at.</summary>
    public double HorizonDays { get; }

    /// <summary>Number of runs.</summary>
    public int Runs => _curve.Count;

    /// <summary>Runs that reached an agreement within the horizon.</summary>
    public int Agreed => _curve.Events;

    /// <summary>The median day of the first agreement, or null when fewer than half the runs agree within the horizon.</summary>
    public double? Median => Quantile(0.5);

    /// <summary>The central 50% interval: the 25% and 75% quantiles.</summary>
    public TimeInterval Interval50 => Central(0.5);

    /// <summary>The central 90% interval: the 5% and 95% quantiles.</summary>
    public TimeInterval Interval90 => Central(0.9);

    /// <summary>
    /// Builds the curve from each run's agreement day (<see cref="double.NaN"/> for a run without one);
    /// days beyond <paramref name="horizonDays"/> count as no agreement within it.
    /// </summary>
    public static TimeToAgreement Of(IEnumerable<double> agreementDays, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(agreementDays);
        if (!(horizonDays >= 0) || double.IsInfinity(horizonDays))
        {
            throw new ModelException($"horizon {horizonDays} days is not usable: give a finite number of days, 0 or more");
        }
        var observations = agreementDays
            .Select(d => double.IsNaN(d) || d > horizonDays ? new SurvivalObservation(horizonDays, false) : new SurvivalObservation(d, true))
            .ToList();
        if (observations.Count == 0)
        {
            throw new ModelException("time to agreement needs at least one run");
        }
        return new TimeToAgreement(KaplanMeier.Estimate(observations), horizonDays);
    }

    /// <summary>The <paramref name="level"/>-quantile of days to agreement (first day the share still without agreement is at most 1 - level), or null beyond the horizon.</summary>
    public double? Quantile(double level) => _curve.Quantile(level);

    private TimeInterval Central(double coverage)
    {
        var tail = (1 - coverage) / 2;
        return new TimeInterval(Quantile(tail), Quantile(1 - tail));
    }
}
