using System.Collections.Immutable;

namespace Parley.Conflict.WarProcess.Events;

/// <summary>One point of a power-shift schedule: side A's battle odds on a day.</summary>
/// <param name="Day">Days from the start.</param>
/// <param name="BattleOdds">Side A's true probability of winning a battle on that day.</param>
public readonly record struct PowerPoint(double Day, double BattleOdds);

/// <summary>
/// Side A's battle odds over time: linear between the stated points, the first point's odds before
/// it and the last's after it. One point is a constant balance of power.
/// </summary>
public static class PowerSchedule
{
    /// <summary>The odds on <paramref name="day"/> (allocation-free).</summary>
    public static double At(ImmutableArray<PowerPoint> points, double day)
    {
        if (day <= points[0].Day)
        {
            return points[0].BattleOdds;
        }
        for (var i = 1; i < points.Length; i++)
        {
            if (day < points[i].Day)
            {
                var p = points[i - 1];
                var q = points[i];
                return p.BattleOdds + ((q.BattleOdds - p.BattleOdds) * (day - p.Day) / (q.Day - p.Day));
            }
        }
        return points[^1].BattleOdds;
    }
}
