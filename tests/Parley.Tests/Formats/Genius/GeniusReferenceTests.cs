using Parley.Domain.Preferences;

namespace Parley.Tests.Formats.Genius;

/// <summary>
/// The ten reference triples of ../shared/data/genius/reference.json, checked by brute-force
/// enumeration with <see cref="PreferenceProfile.Utility(ReadOnlySpan{int})"/> only, so the reader
/// is validated independently of any analysis engine.
/// </summary>
public sealed class GeniusReferenceTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Names() => GeniusTestData.ReferenceNames();

    [Fact]
    public void ReferenceListsTenTriples() => Assert.Equal(10, GeniusTestData.ReferenceDomains.EnumerateObject().Count());

    [Theory]
    [MemberData(nameof(Names))]
    public void OutcomeCountAndReservationValuesMatch(string name)
    {
        var (space, profiles, reference) = GeniusTestData.LoadReference(name);

        Assert.Equal(reference.GetProperty("outcomeCount").GetInt64(), space.Count);
        var expected = GeniusTestData.Numbers(reference.GetProperty("reservationValues"));
        Assert.Equal(expected.Length, profiles.Length);
        for (var i = 0; i < profiles.Length; i++)
        {
            Assert.Equal(expected[i], profiles[i].ReservationValue, Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void NashProductIsReproducedByEnumeration(string name)
    {
        var (space, files, reference) = GeniusTestData.LoadReference(name);
        var profiles = files.Select(f => f.Profile).ToArray();
        var (r1, r2) = (profiles[0].ReservationValue, profiles[1].ReservationValue);

        // Nash (reference.json semantics): argmax of (u1 - r1)(u2 - r2) over outcomes with u_i >= r_i.
        var best = double.NegativeInfinity;
        var argmax = new List<(double U1, double U2)>();
        GeniusTestData.ForEachOutcome(space, digits =>
        {
            var u1 = profiles[0].Utility(digits);
            var u2 = profiles[1].Utility(digits);
            if (u1 < r1 || u2 < r2)
            {
                return;
            }
            var product = (u1 - r1) * (u2 - r2);
            if (product > best + 1e-12)
            {
                best = product;
                argmax.Clear();
            }
            if (Math.Abs(product - best) <= 1e-12)
            {
                argmax.Add((u1, u2));
            }
        });

        var nash = GeniusTestData.Numbers(reference.GetProperty("nash").GetProperty("utilities"));
        Assert.Equal((nash[0] - r1) * (nash[1] - r2), best, Tolerance);
        // Ties may pick another outcome; the reference's utility pair must be among the maximisers.
        Assert.Contains(argmax, p => Math.Abs(p.U1 - nash[0]) <= Tolerance && Math.Abs(p.U2 - nash[1]) <= Tolerance);
        // And the reference's own Nash outcome, evaluated through the reader, gives its utilities.
        var atOutcome = GeniusTestData.UtilitiesOf(space, profiles, reference.GetProperty("nash"));
        Assert.Equal(nash[0], atOutcome[0], Tolerance);
        Assert.Equal(nash[1], atOutcome[1], Tolerance);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void BargainingRangeAndMaxWelfareMatchEnumeration(string name)
    {
        var (space, files, reference) = GeniusTestData.LoadReference(name);
        var profiles = files.Select(f => f.Profile).ToArray();
        var (r1, r2) = (profiles[0].ReservationValue, profiles[1].ReservationValue);

        long inRange = 0;
        var welfare = double.NegativeInfinity;
        GeniusTestData.ForEachOutcome(space, digits =>
        {
            var u1 = profiles[0].Utility(digits);
            var u2 = profiles[1].Utility(digits);
            if (u1 >= r1 && u2 >= r2)
            {
                inRange++;
            }
            welfare = Math.Max(welfare, u1 + u2);
        });

        Assert.Equal(reference.GetProperty("bargainingRange").GetProperty("outcomeCount").GetInt64(), inRange);
        Assert.Equal(GeniusTestData.Numbers(reference.GetProperty("maxWelfare").GetProperty("utilities")).Sum(), welfare, Tolerance);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryReferencePointEvaluatesToItsUtilities(string name)
    {
        var (space, files, reference) = GeniusTestData.LoadReference(name);
        var profiles = files.Select(f => f.Profile).ToArray();
        var points = reference.GetProperty("pareto").EnumerateArray()
            .Append(reference.GetProperty("kalaiSmorodinsky"))
            .Append(reference.GetProperty("maxWelfare"));
        foreach (var point in points)
        {
            var expected = GeniusTestData.Numbers(point.GetProperty("utilities"));
            var actual = GeniusTestData.UtilitiesOf(space, profiles, point);
            Assert.Equal(expected[0], actual[0], Tolerance);
            Assert.Equal(expected[1], actual[1], Tolerance);
        }
    }
}
