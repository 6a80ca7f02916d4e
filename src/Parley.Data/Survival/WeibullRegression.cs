using Parley.Data.Statistics;
using Parley.Domain;

namespace Parley.Data.Survival;

/// <summary>
/// Maximum-likelihood fit of a Weibull proportional-hazards model to right-censored durations.
/// The cumulative hazard of a subject with covariates x is H(t | x) = exp(γ₀ + βᵀx)·tᵏ, i.e. the
/// hazard h(t | x) = k·t^(k−1)·exp(γ₀ + βᵀx); with no covariates this is the Weibull distribution
/// with shape k and scale λ = exp(−γ₀ / k), S(t) = exp(−(t/λ)ᵏ). A shape below 1 is a hazard that
/// falls over time; k = 1 is the exponential (constant hazard). With events dᵢ ∈ {0, 1} the
/// log-likelihood is Σ dᵢ(ln k + (k − 1) ln tᵢ + ηᵢ) − Σ exp(ηᵢ)·tᵢᵏ, ηᵢ = γ₀ + βᵀxᵢ.
/// It is maximised over θ = (ln k, γ₀, β) by Newton steps with Levenberg-Marquardt damping from the
/// exponential fit; intervals come from the inverse observed information (Wald on ln k, ln λ and β).
/// </summary>
internal static class WeibullRegression
{
    private const int MaxIterations = 500;

    /// <summary>Fits the model.</summary>
    /// <param name="observations">Durations and whether each ended in the event (event times must be positive).</param>
    /// <param name="covariates">One row of covariate values per observation, or null for no covariates.</param>
    /// <param name="names">Covariate names (one per column); default x1, x2, ….</param>
    /// <param name="confidence">Confidence level of the intervals.</param>
    /// <param name="fixedShape">Fix the shape k at this value instead of estimating it (1 gives the exponential model).</param>
    public static WeibullFit Fit(
        IReadOnlyList<SurvivalObservation> observations,
        IReadOnlyList<double[]>? covariates = null,
        IReadOnlyList<string>? names = null,
        double confidence = 0.95,
        double? fixedShape = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        Intervals.CheckConfidence(confidence);
        var p = covariates is { Count: > 0 } ? covariates[0].Length : 0;
        if (covariates is not null && covariates.Count != observations.Count)
        {
            throw new ModelException($"{covariates.Count} covariate rows for {observations.Count} observations: give one row per observation");
        }
        if (covariates is not null && covariates.Any(r => r.Length != p))
        {
            throw new ModelException("covariate rows differ in length: give every observation the same covariates");
        }
        names ??= Enumerable.Range(1, p).Select(i => "x" + i).ToArray();
        if (names.Count != p)
        {
            throw new ModelException($"{names.Count} covariate names for {p} covariates");
        }
        if (fixedShape is { } k0 && !(k0 > 0 && double.IsFinite(k0)))
        {
            throw new ModelException($"fixed Weibull shape {k0} must be positive and finite");
        }
        var data = Prepare(observations, covariates, p);
        var events = data.Event.Count(e => e);
        if (events == 0)
        {
            throw new ModelException("a Weibull fit needs at least one event: every duration is censored");
        }
        var likelihood = new WeibullLikelihood(data, p, fixedShape);
        var theta = likelihood.Start(events);
        var (iterations, value) = Maximise(likelihood, theta);
        var info = likelihood.Information(theta);
        var covariance = SmallMatrix.Inverse(info)
                         ?? throw new ModelException("the Weibull information matrix is singular: a covariate is constant or perfectly predicts the event in this selection");
        for (var i = 0; i < theta.Length; i++)
        {
            if (!(covariance[i, i] >= 0))
            {
                throw new ModelException("the Weibull fit did not reach a maximum (the information is not positive definite): the selection is too small or degenerate");
            }
        }
        return new WeibullFit(theta, covariance, fixedShape, names.ToArray(), value, data.Time.Length, events, iterations, confidence);
    }

    /// <summary>
    /// The profile-likelihood interval of the shape k (no covariates): for fixed k the scale's MLE is
    /// closed form, λᵏ = Σ tᵢᵏ / d, so the profile log-likelihood is
    /// ℓ_p(k) = d·ln k + (k − 1)·Σ_events ln tᵢ − d·ln(Σ tᵢᵏ / d) − d, and the interval is
    /// {k : 2(ℓ_max − ℓ_p(k)) ≤ χ²₁(confidence)}, found by bisection on ln k. A check on the Wald
    /// interval of <see cref="WeibullFit.Shape"/> that does not rest on the quadratic approximation.
    /// </summary>
    public static Interval ProfileShapeInterval(IReadOnlyList<SurvivalObservation> observations, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var fit = Fit(observations, confidence: confidence);
        var data = Prepare(observations, null, 0);
        var events = data.Event.Count(e => e);
        var sumLogEvents = 0.0;
        for (var i = 0; i < data.Time.Length; i++)
        {
            sumLogEvents += data.Event[i] ? data.LogTime[i] : 0;
        }
        double Profile(double k)
        {
            var sum = 0.0;
            foreach (var u in data.LogTime)
            {
                sum += Math.Exp(k * u);
            }
            return (events * Math.Log(k)) + ((k - 1) * sumLogEvents) - (events * Math.Log(sum / events)) - events;
        }
        var target = fit.LogLikelihood - (ChiSquared.Quantile(confidence, 1) / 2);
        var best = Math.Log(fit.Shape.Estimate);
        double Bound(double direction)
        {
            var inside = best;
            var outside = best + direction * 0.05;
            var steps = 0;
            while (Profile(Math.Exp(outside)) > target)
            {
                inside = outside;
                outside += direction * 0.05 * Math.Pow(2, ++steps);
                if (steps > 60)
                {
                    return direction < 0 ? 0 : double.PositiveInfinity;
                }
            }
            for (var i = 0; i < 200 && Math.Abs(outside - inside) > 1e-12; i++)
            {
                var mid = 0.5 * (inside + outside);
                if (Profile(Math.Exp(mid)) > target)
                {
                    inside = mid;
                }
                else
                {
                    outside = mid;
                }
            }
            return Math.Exp(0.5 * (inside + outside));
        }
        return new Interval(fit.Shape.Estimate, Bound(-1), Bound(1), confidence);
    }

    private static (int Iterations, double Value) Maximise(WeibullLikelihood likelihood, double[] theta)
    {
        var n = theta.Length;
        var damping = 1e-3;
        var value = likelihood.Value(theta);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var gradient = likelihood.Gradient(theta);
            var info = likelihood.Information(theta);
            if (gradient.Max(Math.Abs) < 1e-9 * Math.Max(1, Math.Abs(value) / 1000))
            {
                return (iteration, value);
            }
            var improved = false;
            for (var attempt = 0; attempt < 60 && !improved; attempt++)
            {
                var damped = (double[,])info.Clone();
                for (var i = 0; i < n; i++)
                {
                    damped[i, i] += damping * Math.Max(Math.Abs(info[i, i]), 1e-8);
                }
                var step = SmallMatrix.Solve(damped, gradient);
                if (step is null || step.Any(double.IsNaN))
                {
                    damping *= 10;
                    continue;
                }
                var trial = new double[n];
                for (var i = 0; i < n; i++)
                {
                    trial[i] = theta[i] + step[i];
                }
                var trialValue = likelihood.Value(trial);
                if (double.IsFinite(trialValue) && trialValue >= value)
                {
                    var change = step.Max(Math.Abs);
                    Array.Copy(trial, theta, n);
                    var gain = trialValue - value;
                    value = trialValue;
                    damping = Math.Max(damping / 10, 1e-12);
                    improved = true;
                    if (change < 1e-12 || gain < 1e-14 * Math.Max(1, Math.Abs(value)))
                    {
                        return (iteration, value);
                    }
                }
                else
                {
                    damping *= 10;
                }
            }
            if (!improved)
            {
                return (iteration, value);
            }
        }
        throw new ModelException($"the Weibull fit did not converge in {MaxIterations} iterations");
    }

    private static WeibullData Prepare(IReadOnlyList<SurvivalObservation> observations, IReadOnlyList<double[]>? covariates, int p)
    {
        var time = new List<double>();
        var ev = new List<bool>();
        var x = new List<double[]>();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.Time <= 0)
            {
                if (o.IsEvent)
                {
                    throw new ModelException("a Weibull fit needs positive event times: an event at time 0 has zero likelihood under any shape");
                }
                continue; // censored at 0: contributes nothing
            }
            time.Add(o.Time);
            ev.Add(o.IsEvent);
            x.Add(covariates is null ? [] : covariates[i]);
        }
        return new WeibullData(time.ToArray(), time.Select(t => Math.Log(t)).ToArray(), ev.ToArray(), x.ToArray(), p);
    }
}
