using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation;

namespace Parley.Tests.Negotiation.Mediation;

/// <summary>
/// A two-issue ceasefire text for the mediation tests. Issues: trucks (integer 0..4, in hundreds
/// a day) and aid administration (UN, mixed, alt). A weights them 0.6 / 0.4 with trucks v/4 and
/// UN 1, mixed 0.5, alt 0; B weights them 0.5 / 0.5 with trucks 1 - v/4 and UN 0, mixed 0.6, alt 1.
/// </summary>
internal static class MediationDomain
{
    public static NegotiationDomain Create(double reservationA = 0.2, double reservationB = 0.2)
    {
        var space = new OutcomeSpace([new IntegerIssue("trucks", 0, 4), new DiscreteIssue("admin", ["UN", "mixed", "alt"])]);
        var a = new PreferenceProfile(space, [0.6, 0.4],
            [LinearValueFunction.Through(0, 4), new TableValueFunction([new("UN", 1.0), new("mixed", 0.5), new("alt", 0.0)])],
            reservationA, name: "A");
        var b = new PreferenceProfile(space, [0.5, 0.5],
            [LinearValueFunction.Through(4, 0), new TableValueFunction([new("UN", 0.0), new("mixed", 0.6), new("alt", 1.0)])],
            reservationB, name: "B");
        return new NegotiationDomain(space, ["A", "B"], [a, b]);
    }

    public static Outcome Text(NegotiationDomain domain, int trucks, string admin) =>
        domain.Space.Parse(new Dictionary<string, string> { ["trucks"] = trucks.ToString(System.Globalization.CultureInfo.InvariantCulture), ["admin"] = admin }, "test");
}
