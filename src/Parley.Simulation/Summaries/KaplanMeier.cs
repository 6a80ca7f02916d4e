namespace Parley.Simulation.Summaries;

/// <summary>
/// The Kaplan–Meier survival estimate S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ), for durations
/// some of which are censored (a ceasefire still holding when the horizon ran out). Censored spells
/// count as at risk at their own time, the usual convention.
/// </summary>
public static class KaplanMeier
{
    /// <summary>S(t) at each of <paramref name="times"/>, or null for all of them when there are no spells.</summary>
    /// <param name="durations">Spell lengths (days the ceasefire held).</param>
    /// <param name="ended">True where the spell ended in the event (collapse), false where it was censored.</param>
    /// <param name="times">Times to evaluate S at.</param>
    public static double?[] Survival(ReadOnlySpan<double> durations, ReadOnlySpan<bool> ended, ReadOnlySpan<double> times)
    {
        if (durations.Length != ended.Length)
        {
            throw new ArgumentException("durations and event flags differ in length", nameof(ended));
        }
        var result = new double?[times.Length];
        if (durations.IsEmpty)
        {
            return result;
        }
        // Order by time, events before censorings at the same time.
        var order = new (double Time, bool Event)[durations.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (durations[i], ended[i]);
        }
        Array.Sort(order, static (x, y) => x.Time != y.Time ? x.Time.CompareTo(y.Time) : y.Event.CompareTo(x.Event));
        for (var t = 0; t < times.Length; t++)
        {
            var survival = 1.0;
            var atRisk = order.Length;
            var i = 0;
            while (i < order.Length && order[i].Time <= times[t])
            {
                var time = order[i].Time;
                var events = 0;
                var leaving = 0;
                while (i < order.Length && order[i].Time == time)
                {
                    events += order[i].Event ? 1 : 0;
                    leaving++;
                    i++;
                }
                survival *= 1 - ((double)events / atRisk);
                atRisk -= leaving;
            }
            result[t] = survival;
        }
        return result;
    }
}
