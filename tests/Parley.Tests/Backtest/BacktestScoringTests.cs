using Parley.Application.Backtest;
using Parley.Domain.Endings;

namespace Parley.Tests.Backtest;

/// <summary>The backtest's scoring rules against hand calculations.</summary>
public sealed class BacktestScoringTests
{
    [Fact]
    public void Brier_sums_the_squared_errors_over_every_ending()
    {
        var shares = new Dictionary<Ending, double>
        {
            [Ending.CeasefireHeld] = 0.6,
            [Ending.CeasefireCollapsed] = 0.3,
            [Ending.StalemateAtHorizon] = 0.1,
        };
        // Observed ceasefire held: (0.6 - 1)² + 0.3² + 0.1² + 0 for the other five = 0.16 + 0.09 + 0.01 = 0.26.
        Assert.Equal(0.26, BacktestScoring.Brier(shares, Ending.CeasefireHeld), 12);
        // Observed a military victory (share 0): 0.6² + 0.3² + 0.1² + (0 - 1)² = 0.36 + 0.09 + 0.01 + 1 = 1.46.
        Assert.Equal(1.46, BacktestScoring.Brier(shares, Ending.MilitaryVictory), 12);
        // Certain and right scores 0; certain and wrong scores 2.
        Assert.Equal(0, BacktestScoring.Brier(new Dictionary<Ending, double> { [Ending.Withdrawal] = 1 }, Ending.Withdrawal));
        Assert.Equal(2, BacktestScoring.Brier(new Dictionary<Ending, double> { [Ending.Withdrawal] = 1 }, Ending.Capitulation));
    }

    [Fact]
    public void Kaplan_Meier_quantiles_count_runs_that_never_agree_as_censored_at_the_horizon()
    {
        // Five runs, horizon 100: agreements on days 10, 20, 30; two runs never agree (censored at 100).
        // S(10) = 4/5 = 0.8, S(20) = 3/5 = 0.6, S(30) = 2/5 = 0.4, then flat at 0.4 to the horizon.
        var time = TimeToAgreement.Of([20, double.NaN, 10, 30, double.NaN], 100);
        Assert.Equal(5, time.Runs);
        Assert.Equal(3, time.Agreed);
        // Median: first day S <= 0.5 is day 30 (the median of the three agreeing runs alone would be 20).
        Assert.Equal(30, time.Median);
        // 50% interval: 25% quantile is the first day S <= 0.75 (day 20); the 75% quantile needs S <= 0.25,
        // which the curve never reaches: beyond the horizon.
        Assert.Equal(new TimeInterval(20, null), time.Interval50);
        // 90% interval: 5% quantile, first day S <= 0.95, is day 10; the 95% quantile lies beyond the horizon.
        Assert.Equal(new TimeInterval(10, null), time.Interval90);
        // An agreement after the horizon counts as none within it.
        Assert.Equal(2, TimeToAgreement.Of([10, 150, 40], 100).Agreed);
    }

    [Fact]
    public void When_most_runs_never_agree_the_median_lies_beyond_the_horizon()
    {
        // Four runs, one agreement on day 5: S(5) = 0.75 > 0.5, so no median within the horizon.
        var time = TimeToAgreement.Of([5, double.NaN, double.NaN, double.NaN], 365);
        Assert.Null(time.Median);
        Assert.Equal(new TimeInterval(5, null), time.Interval50);
    }

    [Theory]
    // Median 100: the factor-of-2 band is [50, 200], ends included.
    [InlineData(100.0, 50.0, true)]
    [InlineData(100.0, 49.999, false)]
    [InlineData(100.0, 200.0, true)]
    [InlineData(100.0, 200.001, false)]
    [InlineData(100.0, 100.0, true)]
    // A median of 0 (agreement on day 0) matches only an observed 0.
    [InlineData(0.0, 0.0, true)]
    [InlineData(0.0, 748.0, false)]
    public void The_factor_of_2_rule_includes_its_ends(double median, double observed, bool within) =>
        Assert.Equal(within, BacktestScoring.WithinFactor(median, observed, censored: false, horizonDays: 1000));

    [Fact]
    public void The_factor_of_2_rule_decides_only_what_the_runs_and_history_allow()
    {
        // Median beyond a 1,000-day horizon: an observed 499 days is surely more than a factor of 2 below it;
        // an observed 500 or more might not be.
        Assert.False(BacktestScoring.WithinFactor(null, 499, censored: false, horizonDays: 1000));
        Assert.Null(BacktestScoring.WithinFactor(null, 500, censored: false, horizonDays: 1000));
        // History censored at 300 days (no agreement within them) against a median of 100: agreement came
        // after 300 > 2 x 100, a sure miss; against a median of 200 it might have come by day 400.
        Assert.False(BacktestScoring.WithinFactor(100, 300, censored: true, horizonDays: 1000));
        Assert.Null(BacktestScoring.WithinFactor(200, 300, censored: true, horizonDays: 1000));
    }

    [Fact]
    public void Interval_checks_treat_an_open_end_as_beyond_the_horizon()
    {
        var closed = new TimeInterval(10, 40);
        Assert.True(BacktestScoring.Inside(closed, 10, false, 100));
        Assert.True(BacktestScoring.Inside(closed, 40, false, 100));
        Assert.False(BacktestScoring.Inside(closed, 41, false, 100));
        Assert.False(BacktestScoring.Inside(closed, 9, false, 100));
        var open = new TimeInterval(10, null);
        Assert.True(BacktestScoring.Inside(open, 100, false, 100));
        Assert.Null(BacktestScoring.Inside(open, 101, false, 100));
        Assert.False(BacktestScoring.Inside(new TimeInterval(null, null), 50, false, 100));
        // Censored at 40: agreement came after day 40, past the closed interval's end; with 30 it is undecided.
        Assert.False(BacktestScoring.Inside(closed, 40, true, 100));
        Assert.Null(BacktestScoring.Inside(closed, 30, true, 100));
    }

    [Fact]
    public void Summary_shares_count_only_the_decided_cases()
    {
        Assert.Equal(0.5, BacktestSummary.Share([true, null, false]));
        Assert.Null(BacktestSummary.Share([null, null]));
    }
}
