using Parley.Domain;
using Parley.Conflict.Scenarios;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// <c>--horizon-days N</c>: the day the simulation stops reporting, overriding the scenario's
/// <c>horizon_days</c>. The horizon only truncates what is reported: reservation values, beliefs and
/// every draw before day N are the same for any horizon of at least N days.
/// </summary>
public static class Horizon
{
    /// <summary>The scenario with its war's horizon set to <paramref name="days"/> (unchanged when null or when it has no war).</summary>
    public static Scenario Override(Scenario scenario, double? days)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (days is not { } d || scenario.War is not { } war)
        {
            return scenario;
        }
        if (!(d >= war.DaysPerRound) || !double.IsFinite(d))
        {
            throw new ModelException(name => $"{name("horizon-days")} {d} must be a finite number of days, at least one round ({war.DaysPerRound} days)");
        }
        return scenario with { War = war with { HorizonDays = d } };
    }
}
