using System.Globalization;
using Parley.Data.Priors;
using Parley.Data.Statistics;
using Parley.Domain.Texts;

namespace Parley.Conflict.Texts;

/// <summary>
/// How long a ceasefire on a text holds: P(still holding after t days) for a text with given
/// features, from the clause regression estimated once from ETH/PRIO (<see cref="CeasefireClauseEffects"/>),
/// or from a stated Weibull without clause effects when the data are not at hand; scaled by the
/// reading gap as temptation: S(t)^m with m = <see cref="TextHazard.GapMultiplier"/>.
/// </summary>
public sealed class TextDurability
{
    private readonly Func<double, TextFeature, Interval> _survival;

    private TextDurability(Func<double, TextFeature, Interval> survival, double beta, string source)
    {
        _survival = survival;
        TemptationBeta = beta;
        Source = source;
    }

    /// <summary>The days the audit reports durability at.</summary>
    public static IReadOnlyList<int> Days { get; } = [30, 90, 365];

    /// <summary>β of the temptation multiplier (<see cref="CeasefireTemptation"/>).</summary>
    public double TemptationBeta { get; }

    /// <summary>Where the curve comes from.</summary>
    public string Source { get; }

    /// <summary>True when clause features change the curve (the data regression), false for a stated curve.</summary>
    public bool UsesFeatures { get; private init; }

    /// <summary>The clause regression of <paramref name="effects"/>.</summary>
    public static TextDurability FromEffects(CeasefireClauseEffects effects, double beta)
    {
        ArgumentNullException.ThrowIfNull(effects);
        return new TextDurability((t, f) => effects.Survival(t, TextHazard.Clauses(f)), beta,
            $"Weibull clause regression on ETH/PRIO ({effects.Selection}; code readings unverified)") { UsesFeatures = true };
    }

    /// <summary>A stated Weibull (shape, scale in days) that ignores the text's features; <paramref name="why"/> says why it is used.</summary>
    public static TextDurability FromWeibull(double shape, double scale, double beta, string why)
    {
        return new TextDurability((t, _) =>
        {
            var s = Math.Exp(-Math.Pow(t / scale, shape));
            return new Interval(s, s, s, 0.95);
        }, beta, string.Create(CultureInfo.InvariantCulture, $"stated Weibull shape {shape}, scale {scale} days, without clause effects ({why})"));
    }

    /// <summary>P(holding after <paramref name="day"/> days) with its interval for a text with <paramref name="features"/> and reading gap <paramref name="gap"/>.</summary>
    public Interval Survival(double day, TextFeature features, ReadingGap gap)
    {
        var m = TextHazard.GapMultiplier(gap, TemptationBeta);
        var s = _survival(day, features);
        return new Interval(Math.Pow(s.Estimate, m), Math.Pow(s.Lower, m), Math.Pow(s.Upper, m), s.Confidence);
    }
}
