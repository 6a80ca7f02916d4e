using Parley.Domain.Endings;
using Parley.Conflict.Models;

namespace Parley.Tests.Conflict.Models;

public class ClosedFormRunModelTests
{
    [Fact]
    public void Fearon_war_frequency_matches_the_closed_form()
    {
        // p = 0.5, c_A = 0.1, cbar = 0.3: Pr(war) = 1/3. With 30,000 runs the standard error is
        // sqrt((1/3)(2/3)/30000) = 0.0027; allow 4 standard errors.
        const int runs = 30_000;
        var summary = ModelTestRuns.Summary("fearon", runs, 11, ("p", 0.5), ("cost-a", 0.1), ("cost-bar", 0.3));
        var wars = summary.Count(Ending.MilitaryVictory) / (double)runs;
        Assert.InRange(wars, (1.0 / 3) - 0.011, (1.0 / 3) + 0.011);
        // Every agreement is at the screening offer 0.6.
        Assert.Equal(0.6, summary.AgreedTerms[0].Distribution.Min, 12);
        Assert.Equal(0.6, summary.AgreedTerms[0].Distribution.Max, 12);
    }

    [Fact]
    public void Fearon_with_complete_information_never_fights()
    {
        var summary = ModelTestRuns.Summary("fearon", 1_000, 1, ("p", 0.6), ("cost-b", 0.15), ("cost-bar", 0));
        Assert.Equal(1_000, summary.Count(Ending.NegotiatedSettlement));
        Assert.Equal(0.75, summary.AgreedTerms[0].Distribution.Median, 12);
    }

    [Fact]
    public void Powell_reference_case_is_always_a_preventive_war_won_by_A_with_probability_p_now()
    {
        const int runs = 20_000;
        var summary = ModelTestRuns.Summary("powell", runs, 3);
        Assert.Equal(runs, summary.Count(Ending.MilitaryVictory));
        // A wins with p_t = 0.6; standard error sqrt(0.24/20000) = 0.0035, allow 4.
        Assert.InRange(summary.Prevailing[0].Count / (double)runs, 0.6 - 0.014, 0.6 + 0.014);
    }

    [Fact]
    public void Powell_small_shift_keeps_the_peace()
    {
        var summary = ModelTestRuns.Summary("powell", 100, 3, ("power-next", 0.58));
        Assert.Equal(100, summary.Count(Ending.NegotiatedSettlement));
    }

    [Fact]
    public void Rubinstein_runs_settle_at_once_on_the_equilibrium_split()
    {
        var summary = ModelTestRuns.Summary("rubinstein", 100, 1, ("delta-a", 0.9), ("delta-b", 0.8));
        Assert.Equal(100, summary.Count(Ending.NegotiatedSettlement));
        Assert.Equal(0.714286, summary.AgreedTerms[0].Distribution.Mean, 6);
        Assert.Equal(0.0, summary.DaysToAgreement.Max);
    }
}
