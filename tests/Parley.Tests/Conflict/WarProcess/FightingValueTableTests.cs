using Parley.Conflict.WarProcess;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The value of fighting on, by backward induction, against closed forms and hand calculations.</summary>
public sealed class FightingValueTableTests
{
    /// <summary>A prior so strong that the predictive odds stay θ to 1e-12 over thousands of battles: fixed odds.</summary>
    private static (double Alpha, double Beta) Fixed(double theta) => (theta * 1e15, (1 - theta) * 1e15);

    [Theory]
    [InlineData(0.6, 2, 4)]
    [InlineData(0.45, 7, 12)]
    [InlineData(0.5, 3, 10)]
    public void With_no_discount_and_no_cost_the_value_is_the_gamblers_ruin_probability(double theta, int k, int n)
    {
        // Pr(win) = (1 - r^k)/(1 - r^n), r = (1 - θ)/θ; k/n at θ = 1/2. 4,096 rounds leave
        // no mass undecided on walks this short.
        var table = new FightingValueTable();
        var (a, b) = Fixed(theta);
        table.Compute(a, b, k, n, battlesPerRound: 1, FightingValueTable.MaxRounds, discount: 1);
        var r = (1 - theta) / theta;
        var expected = theta == 0.5 ? (double)k / n : (1 - Math.Pow(r, k)) / (1 - Math.Pow(r, n));
        Assert.Equal(expected, table.Value(0, k, 0), 9);
    }

    [Fact]
    public void With_a_discount_it_matches_a_hand_computed_three_step_walk()
    {
        // n = 3, from k = 1, θ = 0.6, δ = 0.9, one battle a round, no cost, no tolerance:
        // V1 = δθ V2, V2 = δ(θ + (1 - θ) V1)  =>  V1 = (δθ)^2 / (1 - δ^2 θ (1 - θ))
        //    = 0.54^2 / (1 - 0.81 x 0.24) = 0.2916 / 0.8056 = 0.36196624...
        var table = new FightingValueTable();
        var (a, b) = Fixed(0.6);
        table.Compute(a, b, 1, 3, 1, FightingValueTable.MaxRounds, 0.9);
        Assert.Equal(0.2916 / 0.8056, table.Value(0, 1, 0), 9);
        // And from k = 2: V2 = 0.9 x (0.6 + 0.4 x 0.36196624) = 0.67430784...
        Assert.Equal(0.9 * (0.6 + (0.4 * 0.2916 / 0.8056)), table.Value(0, 2, 0), 9);
    }

    [Fact]
    public void The_cost_tolerance_ends_the_fight_and_costs_are_paid_per_round_fought()
    {
        // n = 3, k = 1, θ = 1/2, δ = 1, tolerance of 2 rounds, cost c a round. Round 1: to 2 or
        // defeat. Round 2 (fought only from 2): victory with 1/2, else back to 1 and it gives up.
        // W = 1/2 x 1/2 = 0.25; D = 1 + 1/2 (round 2 is fought half the time) = 1.5; V = 0.25 - 1.5c.
        var table = new FightingValueTable();
        var (a, b) = Fixed(0.5);
        table.Compute(a, b, 1, 3, 1, rounds: 2, discount: 1);
        Assert.Equal(0.25 - (1.5 * 0.01), table.Value(0, 1, 0.01), 12);
        // After one round at position 2 with one round left: 0.5 - 0.01.
        Assert.Equal(0.49, table.Value(1, 2, 0.01), 12);
        // Once the tolerance is spent, fighting on is worth nothing.
        Assert.Equal(0, table.Value(2, 2, 0.01));
    }

    [Fact]
    public void Tolerance_rounds_are_counted_as_the_simulation_adds_costs()
    {
        // 0.55 / (0.0004 x 7) = 196.4: the cost passes the tolerance in the 197th round.
        Assert.Equal(197, FightingValueTable.ToleranceRounds(0.55, 0.0004 * 7));
        Assert.Equal(2, FightingValueTable.ToleranceRounds(1, 0.5));
        Assert.Equal(FightingValueTable.MaxRounds, FightingValueTable.ToleranceRounds(1, 0));
    }

    [Theory]
    [InlineData(9, 6, 3, 8)]
    [InlineData(2, 3, 5, 9)]
    [InlineData(27.2, 12.8, 24, 45)]
    public void Under_a_Beta_belief_the_value_is_the_Beta_average_of_the_fixed_odds_values(double alpha, double beta, int k, int n)
    {
        // The predictive walk (odds (α + s)/(α + β + s + f)) is the mixture over the Beta prior of
        // fixed-odds walks, so with no cost and no discount the value is ∫ Pr(win | θ) Beta(θ; α, β) dθ,
        // computed here independently by Simpson's rule on 20,000 panels of the closed form.
        var table = new FightingValueTable();
        table.Compute(alpha, beta, k, n, 1, FightingValueTable.MaxRounds, 1);
        // (The table stops at 4,096 rounds; on 45 positions the walks still undecided then weigh < 1e-6.)
        var expected = BetaAveragedRuin(alpha, beta, k, n);
        Assert.True(Math.Abs(expected - table.Value(0, k, 0)) < 1e-6, $"{table.Value(0, k, 0)} vs {expected}");
    }

    [Fact]
    public void Two_battles_a_round_with_a_victory_mid_round_count_the_round_once()
    {
        // n = 2, k = 1, θ = 1/2, two battles a round, tolerance 1 round: the first battle decides
        // (to 2: victory; to 0: defeat), so W = 1/2 and one round is fought: V = 0.5 - c.
        var table = new FightingValueTable();
        var (a, b) = Fixed(0.5);
        table.Compute(a, b, 1, 2, 2, 1, 1);
        Assert.Equal(0.5 - 0.02, table.Value(0, 1, 0.02), 12);
    }

    /// <summary>∫ Pr(win from k of n | θ) Beta(θ; α, β) dθ by composite Simpson on [0, 1].</summary>
    internal static double BetaAveragedRuin(double alpha, double beta, int k, int n)
    {
        const int panels = 20_000;
        var h = 1.0 / panels;
        double num = 0, den = 0;
        for (var i = 0; i <= panels; i++)
        {
            var t = i * h;
            var w = i == 0 || i == panels ? 1 : (i % 2 == 1 ? 4 : 2);
            var density = Math.Exp(((alpha - 1) * Math.Log(t)) + ((beta - 1) * Math.Log(1 - t)));
            if (!double.IsFinite(density))
            {
                continue;
            }
            double ruin;
            if (Math.Abs(t - 0.5) < 1e-12)
            {
                ruin = (double)k / n;
            }
            else
            {
                var r = (1 - t) / t;
                ruin = t <= 0 ? 0 : (1 - Math.Pow(r, k)) / (1 - Math.Pow(r, n));
                if (!double.IsFinite(ruin))
                {
                    // r^n overflows near θ = 0: Pr(win) = (r^-n - r^(k-n)) / (r^-n - 1) -> 0.
                    ruin = 0;
                }
            }
            num += w * density * ruin;
            den += w * density;
        }
        return num / den;
    }
}
