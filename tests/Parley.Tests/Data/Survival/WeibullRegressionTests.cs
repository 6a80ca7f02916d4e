using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Domain;
using Parley.Randomness;

namespace Parley.Tests.Data.Survival;

public sealed class WeibullRegressionTests
{
    // Durations from a Weibull with shape k, scale λ and a 0/1 covariate with log hazard ratio β:
    // H(t | x) = (t/λ)^k e^(βx), so t = λ (E e^(-βx))^(1/k) with E ~ Exp(1); censored by an
    // independent uniform time on (0, censorMax).
    private static (List<SurvivalObservation> Observations, List<double[]> Rows) Synthetic(
        int n, double shape, double scale, double beta, double censorMax, ulong seed)
    {
        var observations = new List<SurvivalObservation>();
        var rows = new List<double[]>();
        for (var i = 0; i < n; i++)
        {
            var random = new CounterRandom(seed, (ulong)i);
            var x = random.NextDouble() < 0.5 ? 1.0 : 0.0;
            var e = -Math.Log(1 - random.NextDouble());
            var t = scale * Math.Pow(e * Math.Exp(-beta * x), 1 / shape);
            var c = censorMax * (1 - random.NextDouble());
            observations.Add(new SurvivalObservation(Math.Min(t, c), t <= c));
            rows.Add([x]);
        }
        return (observations, rows);
    }

    [Fact]
    public void Recovers_a_known_weibull_with_censoring()
    {
        var (obs, _) = Synthetic(4000, shape: 0.6, scale: 200, beta: 0, censorMax: 2000, seed: 17);
        var fit = WeibullRegression.Fit(obs);
        // SE of ln k is about 1/sqrt(events * 1.8) ≈ 0.013 here: 5% on k and 12% on λ are several SEs.
        Assert.InRange(fit.Shape.Estimate, 0.57, 0.63);
        Assert.InRange(fit.Scale.Estimate, 176, 224);
        Assert.InRange(0.6, fit.Shape.Lower, fit.Shape.Upper);
        Assert.InRange(200, fit.Scale.Lower, fit.Scale.Upper);
        Assert.True(fit.Events is > 1000 and < 4000, $"{fit.Events} events");
        // The fitted curve against the truth S(t) = exp(-(t/200)^0.6).
        foreach (var t in new[] { 10.0, 100, 500 })
        {
            Assert.Equal(Math.Exp(-Math.Pow(t / 200, 0.6)), fit.Survival(t), 2);
        }
    }

    [Fact]
    public void Recovers_a_proportional_hazards_effect()
    {
        var (obs, rows) = Synthetic(6000, shape: 0.5, scale: 300, beta: -0.7, censorMax: 3000, seed: 5);
        var fit = WeibullRegression.Fit(obs, rows, ["treated"]);
        var c = Assert.Single(fit.Coefficients);
        Assert.Equal("treated", c.Name);
        Assert.InRange(c.Beta, -0.82, -0.58);
        Assert.InRange(-0.7, Math.Log(c.HazardRatio.Lower), Math.Log(c.HazardRatio.Upper));
        Assert.Equal(Math.Exp(c.Beta), c.HazardRatio.Estimate, 12);
        Assert.InRange(fit.Shape.Estimate, 0.47, 0.53);
        Assert.True(c.PValue < 1e-6);
        // Proportional hazards: H(t | 1) / H(t | 0) = e^β at any t.
        Assert.Equal(Math.Exp(c.Beta), fit.CumulativeHazard(50, [1]) / fit.CumulativeHazard(50, [0]), 10);
    }

    [Fact]
    public void Exponential_special_case_is_events_over_exposure()
    {
        // Times 10 (event), 30 (event), 60 (censored): λ = 2 / 100 per day, the closed form.
        SurvivalObservation[] obs = [new(10, true), new(30, true), new(60, false)];
        var fit = WeibullRegression.Fit(obs, fixedShape: 1);
        Assert.True(fit.ShapeFixed);
        Assert.Equal(1, fit.Shape.Estimate);
        Assert.Equal(100.0 / 2, fit.Scale.Estimate, 9);
        Assert.Equal(Math.Exp(-0.02 * 45), fit.Survival(45), 9);
        // Observed information of γ₀ = ln λ_rate is d = 2, so ln(rate) ± z/√2.
        var z = Normal.Quantile(0.975);
        Assert.Equal(50 * Math.Exp(-z / Math.Sqrt(2)), fit.Scale.Lower, 6);
        Assert.Equal(50 * Math.Exp(z / Math.Sqrt(2)), fit.Scale.Upper, 6);
        // Log-likelihood d ln λ - λ E = 2 ln 0.02 - 2.
        Assert.Equal((2 * Math.Log(0.02)) - 2, fit.LogLikelihood, 9);
    }

    [Fact]
    public void Exponential_fit_matches_the_closed_form_on_simulated_data()
    {
        var (obs, _) = Synthetic(3000, shape: 1, scale: 50, beta: 0, censorMax: 100, seed: 3);
        var fit = WeibullRegression.Fit(obs, fixedShape: 1);
        var events = obs.Count(o => o.IsEvent);
        var exposure = obs.Sum(o => o.Time);
        Assert.Equal(events / exposure, 1 / fit.Scale.Estimate, 12);
    }

    [Fact]
    public void Tiny_censored_data_set_by_hand()
    {
        // Times 1 (event), 2 (event), 4 (censored). For fixed k the MLE of the scale is
        // λ^k = Σ tᵢ^k / d, and the profile score in k is
        //   d/k + Σ_events ln tᵢ − d Σ tᵢ^k ln tᵢ / Σ tᵢ^k = 0,
        //   i.e. 2/k + ln 2 − 2 (2^k ln 2 + 4^k ln 4) / (1 + 2^k + 4^k) = 0.
        // Solved by bisection (below, independently of the fitter): k = 1.36970, λ = 3.29999,
        // log-likelihood d ln k + (k − 1) ln 2 − d ln(Σ t^k / d) − d = −4.38518.
        double Score(double k) => (2 / k) + Math.Log(2)
            - (2 * ((Math.Pow(2, k) * Math.Log(2)) + (Math.Pow(4, k) * Math.Log(4))) / (1 + Math.Pow(2, k) + Math.Pow(4, k)));
        double lo = 0.01, hi = 10;
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = Score(mid) > 0 ? (mid, hi) : (lo, mid);
        }
        var k = lo;
        var sum = 1 + Math.Pow(2, k) + Math.Pow(4, k);
        var lambda = Math.Pow(sum / 2, 1 / k);
        Assert.Equal(1.36970, k, 4);
        Assert.Equal(3.29999, lambda, 4);

        var fit = WeibullRegression.Fit([new(1, true), new(2, true), new(4, false)]);
        Assert.Equal(k, fit.Shape.Estimate, 6);
        Assert.Equal(lambda, fit.Scale.Estimate, 5);
        Assert.Equal((2 * Math.Log(k)) + ((k - 1) * Math.Log(2)) - (2 * Math.Log(sum / 2)) - 2, fit.LogLikelihood, 8);
        Assert.Equal(-4.38518, fit.LogLikelihood, 4);
        Assert.Equal(Math.Exp(-Math.Pow(3 / lambda, k)), fit.Survival(3), 6);
        var s = fit.SurvivalInterval(3);
        Assert.True(s.Lower < s.Estimate && s.Estimate < s.Upper && s.Lower >= 0 && s.Upper <= 1);
    }

    [Fact]
    public void Profile_likelihood_interval_of_the_shape()
    {
        // Tiny data (1, 2, 4+): at each bound the profile log-likelihood
        // ℓ_p(k) = 2 ln k + (k − 1) ln 2 − 2 ln((1 + 2^k + 4^k) / 2) − 2 is χ²₁(0.95)/2 = 1.920729 below its maximum.
        static double Profile(double k) => (2 * Math.Log(k)) + ((k - 1) * Math.Log(2)) - (2 * Math.Log((1 + Math.Pow(2, k) + Math.Pow(4, k)) / 2)) - 2;
        SurvivalObservation[] tiny = [new(1, true), new(2, true), new(4, false)];
        var interval = WeibullRegression.ProfileShapeInterval(tiny);
        Assert.Equal(1.36970, interval.Estimate, 4);
        Assert.Equal(-4.38518 - 1.920729, Profile(interval.Lower), 5);
        Assert.Equal(-4.38518 - 1.920729, Profile(interval.Upper), 5);
        Assert.True(interval.Lower < 1.3697 && interval.Upper > 1.3697);

        // With 4,000 observations the profile and Wald intervals nearly coincide.
        var (obs, _) = Synthetic(4000, shape: 0.6, scale: 200, beta: 0, censorMax: 2000, seed: 17);
        var wald = WeibullRegression.Fit(obs).Shape;
        var profile = WeibullRegression.ProfileShapeInterval(obs);
        Assert.Equal(wald.Lower, profile.Lower, 2);
        Assert.Equal(wald.Upper, profile.Upper, 2);
    }

    [Fact]
    public void One_sample_log_rank_by_hand()
    {
        // Constant hazard 0.05: E = 0.05 (10 + 20) = 1.5, O = 1: (1 − 1.5)² / 1.5 = 1/6.
        var test = OneSampleLogRank.Test([new(10, true), new(20, false)], t => 0.05 * t);
        Assert.Equal(1, test.Observed);
        Assert.Equal(1.5, test.Expected, 12);
        Assert.Equal(1.0 / 6, test.Statistic, 12);
        Assert.Equal(ChiSquared.Survival(1.0 / 6, 1), test.PValue, 12);
    }

    [Fact]
    public void Bad_inputs_are_model_errors()
    {
        Assert.Throws<ModelException>(() => WeibullRegression.Fit([new(5, false), new(6, false)]));
        Assert.Throws<ModelException>(() => WeibullRegression.Fit([new(0, true), new(6, true)]));
        Assert.Throws<ModelException>(() => WeibullRegression.Fit([new(5, true)], [[1.0], [0.0]]));
        Assert.Throws<ModelException>(() => WeibullRegression.Fit([new(5, true)], fixedShape: -1));
    }
}
