using Parley.Application;
using Parley.Domain.Endings;
using Parley.Formats.Scenario;
using Parley.Simulation;
using Xunit;

namespace Parley.Tests.Conflict;

/// <summary>
/// Neutral by construction: a scenario whose two sides are mirror images gives mirrored results, and
/// listing the sides in the other order changes nothing, in distribution (within Monte Carlo error),
/// with every protocol (tests/Fixtures/mirror-war.yaml; docs/validation/symmetry.md).
/// </summary>
public sealed class SymmetryTests
{
    private const int Runs = 2000;

    /// <summary>What a run says about each named side: P(prevails), P(breaks a ceasefire), P(agreement), mean casualties.</summary>
    private sealed record SideStats(double Prevails, double Breaks, double Casualties, double Utility);

    public static TheoryData<string> Protocols => new() { "alternating", "mediated", "ultimatum" };

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Mirror_image_sides_get_mirrored_results(string protocol)
    {
        var (east, west, _) = Simulate(Fixture(protocol, swap: false), seed: 11);
        AssertSame(east, west, "East", "West", protocol);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Listing_the_sides_in_the_other_order_changes_nothing(string protocol)
    {
        var (east1, west1, agreements1) = Simulate(Fixture(protocol, swap: false), seed: 21);
        var (east2, west2, agreements2) = Simulate(Fixture(protocol, swap: true), seed: 22);
        AssertSame(east1, east2, "East listed first", "East listed second", protocol);
        AssertSame(west1, west2, "West listed first", "West listed second", protocol);
        AssertClose(agreements1, agreements2, "P(agreement)", protocol);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Mirror_image_sides_with_mirrored_terms_tied_to_control_get_mirrored_results(string protocol)
    {
        var (east, west, _) = Simulate(Fixture(protocol, swap: false, tied: true), seed: 31);
        AssertSame(east, west, "East", "West", protocol);
    }

    [Fact]
    public void With_terms_tied_to_control_listing_the_sides_in_the_other_order_changes_nothing()
    {
        var (east1, west1, agreements1) = Simulate(Fixture("mediated", swap: false, tied: true), seed: 41);
        var (east2, west2, agreements2) = Simulate(Fixture("mediated", swap: true, tied: true), seed: 42);
        AssertSame(east1, east2, "East listed first", "East listed second", "mediated");
        AssertSame(west1, west2, "West listed first", "West listed second", "mediated");
        AssertClose(agreements1, agreements2, "P(agreement)", "mediated");
    }

    private static string Fixture(string protocol, bool swap, bool tied = false)
    {
        var yaml = RepoFiles.Read("tests", "Fixtures", "mirror-war.yaml").Replace("PROTOCOL", protocol, StringComparison.Ordinal);
        if (tied)
        {
            // Each side's deepest line for itself is worth more as it holds more ground (docs/war-process.md, "Terms tied to the battlefield").
            yaml = yaml.Replace("  control_step: 0.05\n", "  control_step: 0.05\n  control_band: 0.1\n  terms_tied_to_control:\n"
                + "    - { side: East, issue: line, value: deep, weight: 0.5 }\n    - { side: West, issue: line, value: shallow, weight: 0.5 }\n", StringComparison.Ordinal);
        }
        if (!swap)
        {
            return yaml;
        }
        var parts = yaml.Split("  # side\n");
        var tail = parts[2].Split("  # end\n");
        return parts[0] + tail[0] + parts[1] + tail[1];
    }

    private static (SideStats East, SideStats West, double Agreements) Simulate(string yaml, ulong seed)
    {
        var scenario = ScenarioReader.Parse(yaml, "mirror-war.yaml");
        var result = ScenarioMonteCarlo.Run(scenario, "base", new MonteCarloOptions(Runs, seed));
        var names = scenario.Signatories.Select(p => p.Name).ToArray();
        var records = result.RecordSpan.ToArray();
        var utility = new[] { result.Columns.ToList().FindIndex(c => c.Name == "agreementUtilityA"), result.Columns.ToList().FindIndex(c => c.Name == "agreementUtilityB") };
        SideStats Of(int side)
        {
            var s = side == 0 ? Side.A : Side.B;
            var utilities = Enumerable.Range(0, records.Length).Select(r => result.ValuesOf(r)[utility[side]]).Where(double.IsFinite).ToArray();
            return new SideStats(
                records.Count(r => EndingNames.IsDecisive(r.Ending) && r.Prevailing == s) / (double)Runs,
                records.Count(r => r.Ending == Ending.CeasefireCollapsed && r.BrokenBy == s) / (double)Runs,
                records.Average(r => side == 0 ? r.CasualtiesA : r.CasualtiesB),
                utilities.Length == 0 ? double.NaN : utilities.Average());
        }
        var byName = new[] { Of(0), Of(1) };
        var east = byName[Array.IndexOf(names, "East")];
        var west = byName[Array.IndexOf(names, "West")];
        return (east, west, records.Count(r => EndingNames.IsAgreement(r.Ending)) / (double)Runs);
    }

    private static void AssertSame(SideStats x, SideStats y, string xName, string yName, string protocol)
    {
        AssertClose(x.Prevails, y.Prevails, $"P(prevails) {xName} vs {yName}", protocol);
        AssertClose(x.Breaks, y.Breaks, $"P(breaks the ceasefire) {xName} vs {yName}", protocol);
        // Means: within 4 standard errors of the difference is too loose to compute without the spread;
        // casualties and utilities are compared relatively (5% of their size).
        Assert.True(Math.Abs(x.Casualties - y.Casualties) <= 0.05 * Math.Max(x.Casualties, y.Casualties) + 1e-9,
            $"{protocol}: mean casualties {xName} {x.Casualties:0.###} vs {yName} {y.Casualties:0.###}");
        if (double.IsFinite(x.Utility) && double.IsFinite(y.Utility))
        {
            Assert.True(Math.Abs(x.Utility - y.Utility) <= 0.03,
                $"{protocol}: mean utility of the agreed text {xName} {x.Utility:0.###} vs {yName} {y.Utility:0.###}");
        }
    }

    /// <summary>Two shares from independent samples of <see cref="Runs"/> runs: within 4 standard errors of their difference.</summary>
    private static void AssertClose(double p, double q, string what, string protocol)
    {
        var pooled = (p + q) / 2;
        var se = Math.Sqrt(Math.Max(pooled * (1 - pooled), 1.0 / Runs) * 2.0 / Runs);
        Assert.True(Math.Abs(p - q) <= 4 * se, $"{protocol}: {what}: {p:0.###} vs {q:0.###} (4 SE = {4 * se:0.###})");
    }
}
