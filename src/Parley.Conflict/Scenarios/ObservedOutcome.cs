using System.Collections.Immutable;
using Parley.Domain;
using Parley.Domain.Endings;
using Parley.Domain.Scenarios;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// What history did in the case a scenario describes (its <c>observed:</c> section), for scoring the
/// engine against it: days from the start of talks to the first agreement, or that none was reached
/// within a number of days (right-censored); how the war ended; and the agreed text where known. Each
/// part carries its citation.
/// </summary>
public sealed record ObservedOutcome
{
    /// <summary>Creates an observation; <paramref name="days"/> must be a finite number of days, 0 or more.</summary>
    /// <param name="days">Days from the start of talks to the first agreement, or (when <paramref name="censored"/>) the days within which none was reached.</param>
    /// <param name="censored">True when no agreement was reached within <paramref name="days"/>.</param>
    /// <param name="ending">How the war ended; null when history has not (yet) decided it.</param>
    public ObservedOutcome(double days, bool censored, Ending? ending)
    {
        if (!(days >= 0) || double.IsInfinity(days))
        {
            throw new ModelException($"observed days {days} are not usable: give a finite number of days, 0 or more");
        }
        Days = days;
        Censored = censored;
        Ending = ending;
    }

    /// <summary>Days from the start of talks to the first agreement, or the days within which none was reached (see <see cref="Censored"/>).</summary>
    public double Days { get; }

    /// <summary>True when no agreement was reached within <see cref="Days"/> (a right-censored observation).</summary>
    public bool Censored { get; }

    /// <summary>How the war ended; null when it is not known (then no Brier score is computed).</summary>
    public Ending? Ending { get; }

    /// <summary>
    /// The hypothesis that describes the situation on the scenario's day 0, the start of the observed
    /// talks (the one a backtest scores unless told otherwise); null: the scenario's first.
    /// </summary>
    public string? Hypothesis { get; init; }

    /// <summary>Where <see cref="Days"/> comes from.</summary>
    public Citation? DaysCitation { get; init; }

    /// <summary>Where <see cref="Ending"/> comes from.</summary>
    public Citation? EndingCitation { get; init; }

    /// <summary>The agreed text (issue index to value index) where known, else null.</summary>
    public ImmutableDictionary<int, int>? AgreedText { get; init; }

    /// <summary>Where <see cref="AgreedText"/> comes from.</summary>
    public Citation? AgreedTextCitation { get; init; }

    /// <summary>A free note on the observation.</summary>
    public string? Note { get; init; }
}
