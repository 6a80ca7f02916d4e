using Parley.Data.Statistics;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// The survival curve of a piecewise-constant hazard. The rates of <see cref="PiecewiseHazard.Estimate"/>
/// (events / exposure per window) are the maximum-likelihood estimates of this model under right
/// censoring; the last estimated window extends for ever. The interval uses Var λₖ ≈ dₖ / Eₖ²
/// (independent windows), so Var H(t) = Σ wₖ(t)²·dₖ/Eₖ² with wₖ(t) the days of window k before t,
/// on the log-log scale as for the Weibull curve.
/// </summary>
/// <param name="Pieces">The windows and their rates.</param>
public sealed record PiecewiseHazardCurve(IReadOnlyList<HazardPiece> Pieces)
{
    /// <summary>The hazard per day on day <paramref name="day"/> (the rate of the window holding it).</summary>
    public double Hazard(double day)
    {
        CheckPieces();
        for (var k = 0; k < Pieces.Count - 1; k++)
        {
            if (day <= (Pieces[k].ToDay ?? double.PositiveInfinity))
            {
                return Pieces[k].PerDay.Estimate;
            }
        }
        return Pieces[^1].PerDay.Estimate;
    }

    /// <summary>H(t) = Σ λₖ·wₖ(t).</summary>
    public double CumulativeHazard(double day)
    {
        var (h, _) = Cumulative(day);
        return h;
    }

    /// <summary>S(t) = exp(−H(t)).</summary>
    public double Survival(double day) => Math.Exp(-CumulativeHazard(day));

    /// <summary>S(t) with its interval (see the type's remarks).</summary>
    public Interval SurvivalInterval(double day)
    {
        var (h, variance) = Cumulative(day);
        var confidence = Pieces[0].PerDay.Confidence;
        var s = Math.Exp(-h);
        if (h <= 0 || variance <= 0)
        {
            return new Interval(s, s, s, confidence);
        }
        var z = Normal.Quantile(1 - ((1 - confidence) / 2));
        var se = Math.Sqrt(variance) / h;
        return new Interval(s, Math.Exp(-h * Math.Exp(z * se)), Math.Exp(-h * Math.Exp(-z * se)), confidence);
    }

    private (double H, double Variance) Cumulative(double day)
    {
        CheckPieces();
        double h = 0, variance = 0;
        for (var k = 0; k < Pieces.Count; k++)
        {
            var piece = Pieces[k];
            var to = k == Pieces.Count - 1 ? double.PositiveInfinity : piece.ToDay ?? double.PositiveInfinity;
            var width = Math.Min(day, to) - piece.FromDay;
            if (width <= 0)
            {
                break;
            }
            h += piece.PerDay.Estimate * width;
            if (piece.Events > 0)
            {
                var e = piece.ExposureDays;
                variance += width * width * piece.Events / (e * e);
            }
        }
        return (h, variance);
    }

    private void CheckPieces()
    {
        if (Pieces is null || Pieces.Count == 0)
        {
            throw new ModelException("a piecewise hazard needs at least one window");
        }
    }
}
