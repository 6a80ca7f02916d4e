using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;

namespace Parley.Tests.Negotiation.Mediation;

public class MediatorRuleTests
{
    private static MediatorView View(Parley.Negotiation.NegotiationDomain domain, double[] reservations, ulong seed = 0) =>
        new(domain, new NegotiationHistory(domain.Space.IssueCount), reservations, deadline: 10, seed);

    [Fact]
    public void The_framework_is_the_per_issue_utilitarian_text()
    {
        // trucks: 0.6 v/4 + 0.5 (1 - v/4) = 0.5 + 0.025 v, largest at v = 4.
        // admin: A 0.4 x [1, 0.5, 0] + B 0.5 x [0, 0.6, 1] = [0.4, 0.5, 0.5]: mixed and alt tie, and the
        // tie is drawn at random (never by value order): over 400 mediator streams each wins about half,
        // Binomial(400, 1/2): 200 ± 10, so 150 to 250 is five standard deviations.
        var domain = MediationDomain.Create();
        var mixed = MediationDomain.Text(domain, 4, "mixed");
        var alt = MediationDomain.Text(domain, 4, "alt");

        var texts = Enumerable.Range(0, 400).Select(s => new NashMediator().Framework(View(domain, [0.2, 0.2], (ulong)s))).ToList();

        Assert.All(texts, t => Assert.True(t == mixed || t == alt, $"framework {t} is not utilitarian"));
        Assert.InRange(texts.Count(t => t == mixed), 150, 250);
    }

    [Fact]
    public void The_nash_rule_picks_the_best_combination_of_text_and_amendments()
    {
        // Text (4, mixed); B asks trucks 1 and admin alt; reservations 0.2 each. Nash products:
        // (4, mixed): A 0.6 + 0.2 = 0.8, B 0 + 0.3 = 0.3: 0.6 x 0.1 = 0.06
        // (4, alt):   A 0.6,             B 0.5:            0.4 x 0.3 = 0.12  <- best
        // (1, mixed): A 0.15 + 0.2 = 0.35, B 0.375 + 0.3 = 0.675: 0.15 x 0.475 = 0.07125
        // (1, alt):   A 0.15 < 0.2: does not qualify.
        var domain = MediationDomain.Create();
        var text = MediationDomain.Text(domain, 4, "mixed");
        Amendment[] amendments = [new(1, 0, 1, "fewer trucks"), new(1, 1, 2, "alternative scheme")];

        var revised = new NashMediator().Revise(View(domain, [0.2, 0.2]), text, amendments);

        Assert.Equal(MediationDomain.Text(domain, 4, "alt"), revised);
        Assert.Equal(0.12, NashRule.Score(View(domain, [0.2, 0.2]), revised.ValueIndices.AsSpan()).Value, 12);
    }

    [Fact]
    public void The_nash_rule_weighs_each_gain_by_the_texts_chance_of_holding()
    {
        // The same texts, but (4, alt) holds with probability 0.5 only: each party values it at
        // 0.5 u + 0.5 r, so its product is 0.5 x 0.4 x 0.5 x 0.3 = 0.03, below (1, mixed)'s 0.07125 (which holds surely).
        var domain = MediationDomain.Create();
        var text = MediationDomain.Text(domain, 4, "mixed");
        var risky = MediationDomain.Text(domain, 4, "alt");
        Amendment[] amendments = [new(1, 0, 1, "fewer trucks"), new(1, 1, 2, "alternative scheme")];
        var durability = new OneRiskyText(risky, 0.5);
        var view = new MediatorView(domain, new NegotiationHistory(domain.Space.IssueCount), [0.2, 0.2], deadline: 10, durability: durability);

        var revised = new NashMediator().Revise(view, text, amendments);

        Assert.Equal(MediationDomain.Text(domain, 1, "mixed"), revised);
        Assert.Equal(0.03, NashRule.Score(view, risky.ValueIndices.AsSpan()).Value, 12);
        // Acceptance does not change: a text every party prefers to fighting on still qualifies.
        Assert.True(NashRule.Score(view, risky.ValueIndices.AsSpan()).Qualifies);
    }

    private sealed class OneRiskyText(Parley.Domain.Outcome risky, double holds) : Parley.Negotiation.Durability.IAgreementDurability
    {
        public double Holds(ReadOnlySpan<int> text, ReadOnlySpan<double> reservations) => text.SequenceEqual(risky.ValueIndices.AsSpan()) ? holds : 1;
    }

    [Fact]
    public void When_no_text_beats_everyones_reservation_the_smallest_shortfall_wins()
    {
        // Reservations 0.9 each: nothing qualifies. Shortfalls (0.9 - u, summed over parties):
        // (4, mixed): 0.1 + 0.6 = 0.7; (4, alt): 0.3 + 0.4 = 0.7; (1, mixed): 0.55 + 0.225 = 0.775;
        // (1, alt): 0.75 + 0.025 = 0.775. (4, mixed) and (4, alt) tie: the fewer changes win.
        var domain = MediationDomain.Create();
        var text = MediationDomain.Text(domain, 4, "mixed");
        Amendment[] amendments = [new(1, 0, 1, "fewer trucks"), new(1, 1, 2, "alternative scheme")];

        var revised = new NashMediator().Revise(View(domain, [0.9, 0.9]), text, amendments);

        Assert.Equal(text, revised);
    }

    [Fact]
    public void Split_the_difference_meets_halfway_on_numbers_and_uses_the_nash_rule_on_options()
    {
        // trucks: text 4, B asks 1: midpoint 2.5, equally far from 2 and 3: the one nearer the text, 3.
        // admin with trucks 3: (3, mixed): A 0.45 + 0.2 = 0.65, B 0.125 + 0.3 = 0.425: 0.45 x 0.225 = 0.10125;
        //                      (3, alt):   A 0.45, B 0.125 + 0.5 = 0.625:             0.25 x 0.425 = 0.10625 <- best.
        var domain = MediationDomain.Create();
        var text = MediationDomain.Text(domain, 4, "mixed");
        Amendment[] amendments = [new(1, 0, 1, "fewer trucks"), new(1, 1, 2, "alternative scheme")];

        var revised = new SplitTheDifferenceMediator().Revise(View(domain, [0.2, 0.2]), text, amendments);

        Assert.Equal(MediationDomain.Text(domain, 3, "alt"), revised);
    }

    [Fact]
    public void Split_the_difference_averages_competing_proposals()
    {
        // Text trucks 2; A asks 4, B asks 1: mean proposal 2.5, midpoint with the text 2.25: 2.
        var domain = MediationDomain.Create();
        var text = MediationDomain.Text(domain, 2, "mixed");
        Amendment[] amendments = [new(0, 0, 4, "more trucks"), new(1, 0, 1, "fewer trucks")];

        var revised = new SplitTheDifferenceMediator().Revise(View(domain, [0.2, 0.2]), text, amendments);

        Assert.Equal(2, revised[0]);
    }

    [Fact]
    public void Mediators_are_found_by_name()
    {
        Assert.IsType<NashMediator>(MediatorCatalog.Get("nash"));
        Assert.IsType<SplitTheDifferenceMediator>(MediatorCatalog.Get("Split"));
        var ex = Assert.Throws<Parley.Domain.ModelException>(() => MediatorCatalog.Get("coin"));
        Assert.Equal("unknown mediator 'coin': use one of nash, split", ex.Message);
    }
}
