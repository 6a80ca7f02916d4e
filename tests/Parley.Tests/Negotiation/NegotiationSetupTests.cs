using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation;

public class NegotiationSetupTests
{
    [Fact]
    public void A_deadline_below_one_is_rejected()
    {
        var ex = Assert.Throws<ModelException>(() => new NegotiationOptions { Deadline = 0 });
        Assert.Equal("the deadline is 0 rounds: give at least 1", ex.Message);
    }

    [Fact]
    public void Discounts_must_be_one_per_party_in_the_unit_interval()
    {
        var domain = TestDomains.Pie(4);
        var specs = new[] { StrategyCatalog.Get("linear"), StrategyCatalog.Get("linear") };
        var protocol = new AlternatingOffersProtocol();

        Assert.Throws<ModelException>(() => protocol.Run(domain, specs, new NegotiationOptions { Discounts = [0.9] }));
        Assert.Throws<ModelException>(() => protocol.Run(domain, specs, new NegotiationOptions { Discounts = [0.9, 1.2] }));
        Assert.Throws<ModelException>(() => protocol.Run(domain, [specs[0]], new NegotiationOptions()));
    }

    [Fact]
    public void Unknown_strategy_names_list_the_known_ones()
    {
        var ex = Assert.Throws<ModelException>(() => StrategyCatalog.ParseList("boulware,stubborn"));
        Assert.Equal("unknown strategy 'stubborn': use one of boulware, linear, conceder, hardheaded, tit-for-tat, aspiration, random", ex.Message);
        Assert.Equal(["boulware", "tit-for-tat"], StrategyCatalog.ParseList("Boulware, tit-for-tat").Select(s => s.Name));
    }

    [Fact]
    public void A_domain_needs_distinct_parties_with_profiles_on_its_space()
    {
        var pie = TestDomains.Pie(4);
        var otherSpace = new OutcomeSpace([new IntegerIssue("share", 0, 4)]);
        var stranger = new PreferenceProfile(otherSpace, [1.0], [LinearValueFunction.Through(0, 4)]);

        Assert.Throws<ModelException>(() => new NegotiationDomain(pie.Space, ["A", "A"], pie.Profiles));
        Assert.Throws<ModelException>(() => new NegotiationDomain(pie.Space, ["A"], [pie.Profiles[0]]));
        Assert.Throws<ModelException>(() => new NegotiationDomain(pie.Space, ["A", "B"], [pie.Profiles[0], stranger]));
    }
}
