using Parley.Data.Survival;

namespace Parley.Tests.Data.Survival;

public sealed class KaplanMeierTests
{
    private const double Z = 1.959963984540054;

    // Times 1, 2+, 3, 3, 4+, 5 (+ = censored), n = 6.
    private static readonly SurvivalObservation[] Example =
    [
        new(1, true), new(2, false), new(3, true), new(3, true), new(4, false), new(5, true),
    ];

    [Fact]
    public void Product_limit_estimate_by_hand()
    {
        var curve = KaplanMeier.Estimate(Example, 0.95, ConfidenceBand.Plain);
        // t=1: n=6, d=1 -> S = 5/6.   t=2: censored, n=5.   t=3: n=4, d=2 -> S = 5/6 * 2/4 = 5/12.
        // t=4: censored, n=2.          t=5: n=1, d=1 -> S = 0.
        Assert.Equal([1.0, 2, 3, 4, 5], curve.Steps.Select(s => s.Time));
        Assert.Equal([6, 5, 4, 2, 1], curve.Steps.Select(s => s.AtRisk));
        Assert.Equal(5.0 / 6, curve.Steps[0].Survival, 14);
        Assert.Equal(5.0 / 6, curve.Steps[1].Survival, 14);
        Assert.Equal(5.0 / 12, curve.Steps[2].Survival, 14);
        Assert.Equal(0, curve.Steps[4].Survival);
        Assert.Equal(4, curve.Events);
        Assert.Equal(2, curve.Censored);
        Assert.Equal(18, curve.TotalTime);
        // Median: the first time S <= 0.5 is t = 3.
        Assert.Equal(3, curve.Median);
    }

    [Fact]
    public void Greenwood_variance_by_hand()
    {
        var curve = KaplanMeier.Estimate(Example, 0.95, ConfidenceBand.Plain);
        // t=1: Σ = 1/(6*5) = 1/30;  SE = (5/6) sqrt(1/30) = 0.8333333 * 0.1825742 = 0.1521452.
        // t=3: Σ = 1/30 + 2/(4*2) = 0.2833333;  SE = (5/12) sqrt(0.2833333) = 0.4166667 * 0.5322906 = 0.2217878.
        var se1 = 5.0 / 6 * Math.Sqrt(1.0 / 30);
        var se3 = 5.0 / 12 * Math.Sqrt((1.0 / 30) + 0.25);
        Assert.Equal(0.1521452, se1, 6);
        Assert.Equal(0.2217878, se3, 6);
        Assert.Equal(se1, curve.Steps[0].StandardError, 12);
        Assert.Equal(se3, curve.Steps[2].StandardError, 12);
        // Plain interval at t=3: 0.4166667 ± 1.959964 * 0.2217878 = 0.4166667 ± 0.4346960 = (-0.0180 -> 0, 0.8513627).
        Assert.Equal(0, curve.Steps[2].Lower);
        Assert.Equal(0.8513627, curve.Steps[2].Upper, 6);
    }

    [Fact]
    public void Log_log_interval_by_hand()
    {
        var curve = KaplanMeier.Estimate(Example, 0.95, ConfidenceBand.LogLog);
        // t=1: S = 5/6, ln S = -0.1823216, SE(θ) = sqrt(1/30) / 0.1823216 = 0.1825742 / 0.1823216 = 1.0013856.
        // lower = S^exp(+z SE) = (5/6)^7.118377 = 0.2731228;  upper = S^exp(-z SE) = (5/6)^0.1404815 = 0.9747124.
        var s = 5.0 / 6;
        var seTheta = Math.Sqrt(1.0 / 30) / -Math.Log(s);
        Assert.Equal(1.0013856, seTheta, 6);
        Assert.Equal(Math.Pow(s, Math.Exp(Z * seTheta)), curve.Steps[0].Lower, 12);
        Assert.Equal(Math.Pow(s, Math.Exp(-Z * seTheta)), curve.Steps[0].Upper, 12);
        Assert.Equal(0.2731228, curve.Steps[0].Lower, 6);
        Assert.Equal(0.9747124, curve.Steps[0].Upper, 6);
    }

    [Fact]
    public void Log_interval_by_hand()
    {
        var curve = KaplanMeier.Estimate(Example, 0.95, ConfidenceBand.Log);
        // t=3: S = 5/12, SE(ln S) = sqrt(0.2833333) = 0.5322906; bounds S e^(±z SE): 0.1467919 and 1.1827 -> clipped to 1.
        Assert.Equal(0.1467919, curve.Steps[2].Lower, 6);
        Assert.Equal(1, curve.Steps[2].Upper);
    }

    [Fact]
    public void At_reads_the_step_function_and_the_risk_set()
    {
        var curve = KaplanMeier.Estimate(Example);
        Assert.Equal(1, curve.At(0.5).Survival);
        Assert.Equal(6, curve.At(0.5).AtRisk);
        Assert.Equal(5.0 / 6, curve.At(2.5).Survival, 14);
        Assert.Equal(4, curve.At(2.5).AtRisk);   // times >= 2.5: 3, 3, 4, 5
        Assert.Equal(5.0 / 12, curve.At(3).Survival, 14);
        Assert.Equal(0, curve.At(6).AtRisk);
    }

    [Fact]
    public void Without_events_survival_stays_one()
    {
        var curve = KaplanMeier.Estimate([new SurvivalObservation(3, false), new SurvivalObservation(9, false)]);
        Assert.All(curve.Steps, s => Assert.Equal(1, s.Survival));
        Assert.Null(curve.Median);
    }

    [Fact]
    public void Empty_input_is_a_model_error() =>
        Assert.Throws<Parley.Domain.ModelException>(() => KaplanMeier.Estimate([]));
}
