using Parley.Data.Survival;

namespace Parley.Tests.Simulation.Summaries;

public class KaplanMeierTests
{
    [Fact]
    public void Hand_computed_survival_with_censoring()
    {
        // Spells: 10 (collapsed), 20 (censored), 40 (collapsed), 100 (censored), 400 (censored).
        // t = 10: 5 at risk, 1 event -> S = 4/5 = 0.8. t = 20: censored, 3 remain at risk.
        // t = 40: 3 at risk, 1 event -> S = 0.8 * 2/3 = 0.5333. No events after, so S(90) = S(365) = 0.5333.
        var s = Survival([10, 20, 40, 100, 400], [true, false, true, false, false], [5, 30, 90, 365]);
        Assert.Equal(1.0, s[0]);
        Assert.Equal(0.8, s[1], 12);
        Assert.Equal(0.8 * 2 / 3, s[2], 12);
        Assert.Equal(0.8 * 2 / 3, s[3], 12);
    }

    [Fact]
    public void Without_censoring_it_is_the_empirical_survival()
    {
        // Four spells all ending: S(t) = share longer than t. S(25) = 2/4.
        var s = Survival([10, 20, 30, 40], [true, true, true, true], [25, 40]);
        Assert.Equal(0.5, s[0], 12);
        Assert.Equal(0.0, s[1], 12);
    }

    [Fact]
    public void No_spells_no_estimate()
    {
        Assert.Throws<Parley.Domain.ModelException>(() => KaplanMeier.Estimate([]));
    }

    private static double[] Survival(double[] durations, bool[] ended, double[] times)
    {
        var curve = KaplanMeier.Estimate(durations.Select((d, i) => new SurvivalObservation(d, ended[i])));
        return [.. times.Select(t => curve.At(t).Survival)];
    }
}
