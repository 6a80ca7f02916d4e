using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Formats.Genius;

namespace Parley.Tests.Formats.Genius;

/// <summary>Integer and real issues with linear, clamped, triangular and constant evaluators, on samples authored for these tests.</summary>
public sealed class GeniusNumericIssueTests
{
    private const double Tolerance = 1e-12;

    private static OutcomeSpace Domain(int realValues = GeniusReader.DefaultRealValueCount) =>
        GeniusReader.ReadDomain(GeniusTestData.Sample("numeric_domain.xml"), realValues);

    [Fact]
    public void DomainHasIntegerRealAndDiscreteIssues()
    {
        var space = Domain();
        var prisoners = Assert.IsType<IntegerIssue>(space.Issues[0]);
        Assert.Equal((0, 10, 1), (prisoners.Min, prisoners.Max, prisoners.Step));
        var buffer = Assert.IsType<ContinuousIssue>(space.Issues[1]);
        // GENIUS default: 21 values from 0 to 2, step (2 - 0) / 20 = 0.1.
        Assert.Equal(21, buffer.ValueCount);
        Assert.Equal(0.1, buffer.Step, Tolerance);
        Assert.Equal(0.0, buffer.ValueAt(0));
        Assert.Equal(1.3, buffer.ValueAt(13), Tolerance);
        Assert.Equal(2.0, buffer.ValueAt(20));
        Assert.IsType<DiscreteIssue>(space.Issues[2]);
        Assert.Equal(11L * 21 * 3, space.Count);
    }

    [Fact]
    public void RealValueCountCanBeOverridden()
    {
        var buffer = Assert.IsType<ContinuousIssue>(Domain(realValues: 5).Issues[1]);
        // 5 values: 0, 0.5, 1, 1.5, 2.
        Assert.Equal([0.0, 0.5, 1.0, 1.5, 2.0], Enumerable.Range(0, 5).Select(buffer.ValueAt));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeniusReader.ReadDomain(GeniusTestData.Sample("numeric_domain.xml"), 1));
    }

    [Fact]
    public void IntegerBoundsMayComeFromARangeChild()
    {
        var days = Assert.IsType<IntegerIssue>(GeniusReader.ReadDomain(GeniusTestData.Sample("integer_range_child.xml")).Issues[0]);
        Assert.Equal((3, 7), (days.Min, days.Max));
    }

    [Fact]
    public void UnclampedLinearEvaluators()
    {
        var space = Domain();
        var a = GeniusReader.ReadProfile(space, GeniusTestData.Sample("numeric_a.xml"));

        // Weights 2, 1, 1 -> 0.5, 0.25, 0.25.
        Assert.Equal([0.5, 0.25, 0.25], a.Profile.Weights.ToArray());
        // Integer: slope 0.1, offset 0, lowerbound 0 -> u(x) = 0.1 x; never clamped on 0..10.
        Assert.IsType<LinearValueFunction>(a.Profile.ValueFunctions[0]);
        Assert.Equal(0.5 * 0.7, a.Profile.IssueUtilities(0)[7], Tolerance);
        // Real: parameter0 1, parameter1 -0.5 -> u(x) = 1 - 0.5 x; u(0.4) = 0.8, u(2) = 0.
        Assert.Equal(0.25 * 0.8, a.Profile.IssueUtilities(1)[4], Tolerance);
        Assert.Equal(0.0, a.Profile.IssueUtilities(1)[20], Tolerance);
        // Discrete: UN 4, Egypt 2, Qatar 1 over max 4 -> 1, 0.5, 0.25.
        Assert.Equal([0.25 * 1.0, 0.25 * 0.5, 0.25 * 0.25], a.Profile.IssueUtilities(2).ToArray());
        // u(7, 0.4, Egypt) = 0.5 * 0.7 + 0.25 * 0.8 + 0.25 * 0.5 = 0.35 + 0.2 + 0.125 = 0.675.
        Assert.Equal(0.675, a.Profile.Utility(Outcome(space, "7", "0.4", "Egypt")), Tolerance);
        Assert.Equal(0.3, a.ReservationValue);
        Assert.Equal(0.9, a.DiscountFactor);
        // Weights summing to 2 + 1 + 1 = 4 are normalised, with a warning (issue 12).
        Assert.Contains("the issue weights sum to 4, not 1: each is divided by 4", Assert.Single(a.Warnings));
    }

    [Fact]
    public void ClampedLinearEvaluatorsMeasureIntegersFromTheProfilesLowerBound()
    {
        var space = Domain();
        var b = GeniusReader.ReadProfile(space, GeniusTestData.Sample("numeric_b.xml"));

        // Integer: slope 0.25, offset 0.5, profile lowerbound 2 -> u(x) = clamp(0.5 + 0.25 (x - 2), 0, 1):
        // x = 0 -> 0, 1 -> 0.25, 2 -> 0.5, 3 -> 0.75, 4 -> 1, 10 -> clamp(2.5) = 1.
        Assert.IsType<PiecewiseLinearValueFunction>(b.Profile.ValueFunctions[0]);
        double[] prisoners = [0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1];
        for (var x = 0; x <= 10; x++)
        {
            Assert.Equal(0.3 * prisoners[x], b.Profile.IssueUtilities(0)[x], Tolerance);
        }
        // Real: parameter0 -0.5, parameter1 1 -> u(x) = clamp(x - 0.5, 0, 1):
        // x = 0 -> 0, 0.4 -> 0, 0.5 -> 0, 1.2 -> 0.7, 1.5 -> 1, 2 -> 1.
        double[] xs = [0, 0.4, 0.5, 1.2, 1.5, 2];
        double[] us = [0, 0, 0, 0.7, 1, 1];
        for (var k = 0; k < xs.Length; k++)
        {
            Assert.Equal(0.3 * us[k], b.Profile.IssueUtilities(1)[(int)Math.Round(xs[k] * 10)], Tolerance);
        }
        // Discrete: UN 0, Egypt 10, Qatar 5 -> 0, 1, 0.5.
        // u(7, 1.2, Qatar) = 0.3 * 1 + 0.3 * 0.7 + 0.4 * 0.5 = 0.3 + 0.21 + 0.2 = 0.71.
        Assert.Equal(0.71, b.Profile.Utility(Outcome(space, "7", "1.2", "Qatar")), Tolerance);
        // u(1, 0.3, UN) = 0.3 * 0.25 + 0.3 * 0 + 0.4 * 0 = 0.075.
        Assert.Equal(0.075, b.Profile.Utility(Outcome(space, "1", "0.3", "UN")), Tolerance);
        // No <reservation>: 0. No <discount_factor>: absent.
        Assert.Equal(0.0, b.ReservationValue);
        Assert.Null(b.DiscountFactor);
        Assert.Null(b.RawDiscountFactor);
    }

    [Fact]
    public void FallingIntegerLineAndTriangularRealEvaluator()
    {
        var space = Domain();
        var c = GeniusReader.ReadProfile(space, GeniusTestData.Sample("numeric_c.xml"));

        // Integer: slope -0.2, offset 1 -> u(x) = clamp(1 - 0.2 x, 0, 1): 0 -> 1, 3 -> 0.4, 5 -> 0, 10 -> clamp(-1) = 0.
        Assert.Equal(0.5 * 1.0, c.Profile.IssueUtilities(0)[0], Tolerance);
        Assert.Equal(0.5 * 0.4, c.Profile.IssueUtilities(0)[3], Tolerance);
        Assert.Equal(0.0, c.Profile.IssueUtilities(0)[5], Tolerance);
        Assert.Equal(0.0, c.Profile.IssueUtilities(0)[10], Tolerance);
        // Real: triangular from 0.5 (parameter0) up to 1 at 1.0 (parameter2), down to 0 at 1.5 (parameter1):
        // 0.2 -> 0, 0.7 -> (0.7 - 0.5) / 0.5 = 0.4, 1.0 -> 1, 1.3 -> 1 - 0.3 / 0.5 = 0.4, 1.8 -> 0.
        double[] xs = [0.2, 0.7, 1.0, 1.3, 1.8];
        double[] us = [0, 0.4, 1, 0.4, 0];
        for (var k = 0; k < xs.Length; k++)
        {
            Assert.Equal(0.25 * us[k], c.Profile.IssueUtilities(1)[(int)Math.Round(xs[k] * 10)], Tolerance);
        }
        // Discrete: 7, 7, 7 -> every option scores 1.
        Assert.Equal([0.25, 0.25, 0.25], c.Profile.IssueUtilities(2).ToArray());
    }

    [Fact]
    public void ConstantRealEvaluator()
    {
        var space = Domain();
        var d = GeniusReader.ReadProfile(space, GeniusTestData.Sample("numeric_d.xml"));

        // Weights 1, 1, 2 -> 0.25, 0.25, 0.5. Real: constant 0.6 everywhere.
        Assert.All(d.Profile.IssueUtilities(1).ToArray(), u => Assert.Equal(0.25 * 0.6, u, Tolerance));
        // u(4, 1.7, Qatar) = 0.25 * (0.5 + 0.05 * 4) + 0.25 * 0.6 + 0.5 * 2 / 3
        //                  = 0.175 + 0.15 + 0.3333333333333333 = 0.6583333333333333.
        Assert.Equal(0.175 + 0.15 + (1.0 / 3), d.Profile.Utility(Outcome(space, "4", "1.7", "Qatar")), Tolerance);
    }

    private static Outcome Outcome(OutcomeSpace space, string prisoners, string buffer, string monitor) =>
        space.Parse(new Dictionary<string, string> { ["Prisoners"] = prisoners, ["Buffer km"] = buffer, ["Monitor"] = monitor }, "test");
}
