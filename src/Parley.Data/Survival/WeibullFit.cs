using Parley.Data.Statistics;
using Parley.Domain;

namespace Parley.Data.Survival;

/// <summary>
/// A fitted Weibull proportional-hazards model (see <see cref="WeibullRegression"/>):
/// H(t | x) = (t/λ)ᵏ·exp(βᵀx). Immutable. Curves and intervals are for the covariate values given
/// (all zero when none are given: the reference group, or the whole sample when the fit has no covariates).
/// </summary>
public sealed class WeibullFit
{
    private readonly double[] _theta;
    private readonly double[,] _covariance;
    private readonly double? _fixedShape;
    private readonly int _offset;
    private readonly double _z;

    internal WeibullFit(double[] theta, double[,] covariance, double? fixedShape, string[] names, double logLikelihood,
        int count, int events, int iterations, double confidence)
    {
        _theta = theta;
        _covariance = covariance;
        _fixedShape = fixedShape;
        _offset = fixedShape is null ? 1 : 0;
        _z = Normal.Quantile(1 - ((1 - confidence) / 2));
        CovariateNames = names;
        LogLikelihood = logLikelihood;
        Count = count;
        Events = events;
        Iterations = iterations;
        Confidence = confidence;
        Shape = ShapeInterval();
        Scale = ScaleInterval();
        Coefficients = names.Select((name, j) => Coefficient(name, _offset + 1 + j)).ToArray();
    }

    /// <summary>k with its interval exp(ln k ± z·SE) (a point when the shape was fixed).</summary>
    public Interval Shape { get; }

    /// <summary>λ, the scale (in the time unit of the data) at covariates 0, with its interval exp(ln λ ± z·SE).</summary>
    public Interval Scale { get; }

    /// <summary>True when the shape was fixed rather than estimated.</summary>
    public bool ShapeFixed => _fixedShape is not null;

    /// <summary>The covariates, in the order of <see cref="Coefficients"/>.</summary>
    public IReadOnlyList<string> CovariateNames { get; }

    /// <summary>One proportional-hazards coefficient per covariate.</summary>
    public IReadOnlyList<HazardCoefficient> Coefficients { get; }

    /// <summary>The maximised log-likelihood.</summary>
    public double LogLikelihood { get; }

    /// <summary>Observations used (those with a positive time).</summary>
    public int Count { get; }

    /// <summary>Events among them.</summary>
    public int Events { get; }

    /// <summary>Newton iterations used.</summary>
    public int Iterations { get; }

    /// <summary>Confidence level of the intervals.</summary>
    public double Confidence { get; }

    /// <summary>Number of estimated parameters.</summary>
    public int ParameterCount => _theta.Length;

    /// <summary>H(t | x) = exp(γ₀ + βᵀx)·tᵏ.</summary>
    public double CumulativeHazard(double time, ReadOnlySpan<double> covariates = default) =>
        time <= 0 ? 0 : Math.Exp(LogCumulativeHazard(time, covariates));

    /// <summary>h(t | x) = k·t^(k−1)·exp(γ₀ + βᵀx), per unit of time.</summary>
    public double Hazard(double time, ReadOnlySpan<double> covariates = default)
    {
        if (time <= 0)
        {
            throw new ModelException($"the Weibull hazard is defined for times above 0, not {time}");
        }
        var k = K;
        return k * Math.Exp(((k - 1) * Math.Log(time)) + Eta(covariates));
    }

    /// <summary>S(t | x) = exp(−H(t | x)).</summary>
    public double Survival(double time, ReadOnlySpan<double> covariates = default) => Math.Exp(-CumulativeHazard(time, covariates));

    /// <summary>
    /// S(t | x) with a delta-method interval on ln H(t | x) (gradient (k·ln t, 1, x) in (ln k, γ₀, β)),
    /// mapped back by S = exp(−exp(·)), so the bounds stay inside [0, 1].
    /// </summary>
    public Interval SurvivalInterval(double time, ReadOnlySpan<double> covariates = default)
    {
        if (time <= 0)
        {
            return new Interval(1, 1, 1, Confidence);
        }
        var g = LogCumulativeHazard(time, covariates);
        Span<double> gradient = stackalloc double[_theta.Length];
        if (_offset == 1)
        {
            gradient[0] = K * Math.Log(time);
        }
        gradient[_offset] = 1;
        for (var j = 0; j < CovariateNames.Count; j++)
        {
            gradient[_offset + 1 + j] = j < covariates.Length ? covariates[j] : 0;
        }
        var se = Math.Sqrt(Math.Max(0, SmallMatrix.Quadratic(_covariance, gradient)));
        return new Interval(Math.Exp(-Math.Exp(g)), Math.Exp(-Math.Exp(g + (_z * se))), Math.Exp(-Math.Exp(g - (_z * se))), Confidence);
    }

    /// <summary>The covariance of the estimates in (ln k, γ₀, β) (or (γ₀, β) with a fixed shape), a copy.</summary>
    public double[,] Covariance() => (double[,])_covariance.Clone();

    private double K => _fixedShape ?? Math.Exp(_theta[0]);

    private double Eta(ReadOnlySpan<double> covariates)
    {
        if (covariates.Length > CovariateNames.Count)
        {
            throw new ModelException($"{covariates.Length} covariate values for a model with {CovariateNames.Count} covariates");
        }
        var eta = _theta[_offset];
        for (var j = 0; j < covariates.Length; j++)
        {
            eta += _theta[_offset + 1 + j] * covariates[j];
        }
        return eta;
    }

    private double LogCumulativeHazard(double time, ReadOnlySpan<double> covariates) => Eta(covariates) + (K * Math.Log(time));

    private Interval ShapeInterval()
    {
        if (_fixedShape is { } k)
        {
            return new Interval(k, k, k, Confidence);
        }
        var se = Math.Sqrt(_covariance[0, 0]);
        return new Interval(Math.Exp(_theta[0]), Math.Exp(_theta[0] - (_z * se)), Math.Exp(_theta[0] + (_z * se)), Confidence);
    }

    private Interval ScaleInterval()
    {
        // ln λ = −γ₀ / k = −γ₀·e^(−s): gradient (γ₀·e^(−s), −e^(−s)), or −1/k for γ₀ alone when k is fixed.
        var k = K;
        var gamma = _theta[_offset];
        var log = -gamma / k;
        double variance;
        if (_offset == 1)
        {
            ReadOnlySpan<double> g = [gamma / k, -1 / k];
            var sub = new double[2, 2] { { _covariance[0, 0], _covariance[0, 1] }, { _covariance[1, 0], _covariance[1, 1] } };
            variance = SmallMatrix.Quadratic(sub, g);
        }
        else
        {
            variance = _covariance[0, 0] / (k * k);
        }
        var se = Math.Sqrt(Math.Max(0, variance));
        return new Interval(Math.Exp(log), Math.Exp(log - (_z * se)), Math.Exp(log + (_z * se)), Confidence);
    }

    private HazardCoefficient Coefficient(string name, int index)
    {
        var beta = _theta[index];
        var se = Math.Sqrt(Math.Max(0, _covariance[index, index]));
        var wald = se > 0 ? beta / se : double.NaN;
        var p = se > 0 ? 2 * (1 - Normal.Cdf(Math.Abs(wald))) : double.NaN;
        return new HazardCoefficient(name, beta, se, new Interval(Math.Exp(beta), Math.Exp(beta - (_z * se)), Math.Exp(beta + (_z * se)), Confidence), p);
    }
}
