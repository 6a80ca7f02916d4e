using Parley.Domain;

namespace Parley.Data.Survival;

/// <summary>One subject's follow-up: how long it was observed and whether it ended in the event or was censored.</summary>
public readonly record struct SurvivalObservation
{
    /// <summary>Creates an observation; <paramref name="time"/> must be finite and not negative.</summary>
    public SurvivalObservation(double time, bool isEvent)
    {
        if (!(time >= 0) || double.IsInfinity(time))
        {
            throw new ModelException($"survival time {time} is not usable: use a finite time of 0 or more");
        }
        Time = time;
        IsEvent = isEvent;
    }

    /// <summary>Time to the event or to censoring.</summary>
    public double Time { get; }

    /// <summary>True when the event happened at <see cref="Time"/>; false when observation stopped then (censored).</summary>
    public bool IsEvent { get; }
}
