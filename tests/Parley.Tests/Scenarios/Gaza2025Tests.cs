using Parley.Analysis;
using Parley.Analysis.DealKillers;
using Parley.Domain;
using Parley.Domain.Scenarios;
using Parley.Geography;
using Parley.Humanitarian;
using Parley.Conflict.Scenarios;
using Parley.Formats.Humanitarian;

namespace Parley.Tests.Scenarios;

/// <summary>The default scenario (scenarios/gaza-2025/scenario.yaml): it loads, and its hypotheses analyse as documented.</summary>
public sealed class Gaza2025Tests
{
    private static readonly string[] Issues =
        ["ceasefire permanence", "withdrawal line", "prisoners per hostage", "aid trucks per day", "aid administration", "Rafah crossing"];

    private static readonly string[] Hypotheses = ["limited-aims", "unlimited-aims", "hamas-maximal", "israel-maximal", "hostages-first", "hamas-unlimited-aims", "hamas-accepts-guarantees", "israel-resumes", "hamas-resumes"];

    private static Scenario Gaza => GazaFiles.Scenario;

    [Fact]
    public void The_scenario_loads_with_its_issues_parties_and_sections()
    {
        var s = Gaza;
        Assert.Equal(Issues, s.Space.Issues.Select(i => i.Name));
        // 3 permanence options x 5 lines x 10 ratios (10..100 by 10) x 7 truck levels (200..800 by 100) x 3 x 3 = 9,450.
        Assert.Equal(9_450, s.Space.Count);
        Assert.Equal(
            [("Israel", PartyRole.Belligerent), ("Hamas", PartyRole.Belligerent), ("Qatar", PartyRole.Mediator), ("Egypt", PartyRole.Mediator), ("United States", PartyRole.Mediator)],
            s.Parties.Select(p => (p.Name, p.Role)));
        Assert.Contains("Israel's patron", s.Parties[4].Description, StringComparison.Ordinal);
        Assert.Equal(Issues.Length, s.Defaults.Count);
        Assert.NotNull(s.Humanitarian);
        Assert.Equal(["Israel", "Hamas"], s.War!.Sides.Select(x => x.Party));
        var (issue, permanent) = s.Permanence!.Value;
        Assert.Equal("ceasefire permanence", s.Space.Issues[issue].Name);
        Assert.Equal(["permanent end"], permanent.Select(v => s.Space.Issues[issue].FormatValue(v)));
    }

    [Fact]
    public void Every_number_the_reader_records_has_a_source_or_an_assumption()
    {
        var cited = Gaza.CitedValues;
        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.True(c.Citation is not null, $"{c.Path} = {c.Value} has neither a source nor an assumption"));
        Assert.All(Gaza.Humanitarian!.Numbers(), n => Assert.True(n.Number.IsCited ^ (n.Number.Assumption is not null), n.Path));
    }

    [Fact]
    public void The_defaults_are_the_January_2025_terms()
    {
        var s = Gaza;
        var defaults = s.Defaults.ToDictionary(kv => s.Space.Issues[kv.Key].Name, kv => s.Space.Issues[kv.Key].FormatValue(kv.Value));
        Assert.Equal("phased with talks", defaults["ceasefire permanence"]);
        Assert.Equal("700 m", defaults["withdrawal line"]);
        Assert.Equal("30", defaults["prisoners per hostage"]);
        Assert.Equal("600", defaults["aid trucks per day"]);
        Assert.Equal("UN agencies", defaults["aid administration"]);
        Assert.Equal("one way under EUBAM", defaults["Rafah crossing"]);
        var january = s.Text("January 2025 agreement").Complete(s.Space, s.Defaults);
        Assert.Equal(s.Space.Issues.Select((_, i) => s.Defaults[i]), january.ValueIndices);
    }

    [Fact]
    public void The_embedded_default_is_this_file()
    {
        Assert.Equal(File.ReadAllText(GazaFiles.ScenarioPath).ReplaceLineEndings("\n"), ShippedScenarios.ShippedScenario.ReadText("gaza-2025").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_hypothesis_builds_and_limited_aims_comes_first()
    {
        Assert.Equal(Hypotheses, Gaza.HypothesisNames);
        foreach (var name in Hypotheses)
        {
            var problem = Gaza.WithHypothesis(name).ToProblem();
            Assert.Equal(["Israel", "Hamas"], problem.PartyNames.ToArray());
            Assert.Equal(Gaza.Space.Count, BargainingAnalysis.Analyze(problem).OutcomeCount);
        }
        // The default parties are limited-aims's.
        var limited = Gaza.WithHypothesis("limited-aims").Parties;
        Assert.Equal(Gaza.Parties.Select(p => (p.Name, p.WarAim?.Goal)), limited.Select(p => (p.Name, p.WarAim?.Goal)));
        Assert.Equal(Gaza.Parties[0].Profile!.Weights, limited[0].Profile!.Weights);
        Assert.Equal(Gaza.Parties[1].Profile!.ReservationValue, limited[1].Profile!.ReservationValue);
    }

    [Fact]
    public void Under_limited_aims_the_range_is_open_and_only_a_phased_text_is_in_it()
    {
        var result = BargainingAnalysis.Analyze(Gaza.WithHypothesis("limited-aims").ToProblem());
        Assert.True(result.BargainingRangeCount > 0);
        // Israel forbids 'permanent end', Hamas forbids 'right to resume': only 'phased with talks' is
        // left, so the range holds at most a third of the 9,450 texts.
        Assert.True(result.BargainingRangeCount <= 9_450 / 3, $"{result.BargainingRangeCount}");
        Assert.NotNull(result.Nash);
        Assert.Equal("phased with talks", Gaza.Space.Issues[0].FormatValue(result.Nash!.Outcome[0]));
        Assert.Empty(result.DealKillers);
    }

    [Fact]
    public void The_January_2025_text_is_worth_what_a_hand_calculation_gives_and_both_sides_accept_it()
    {
        var s = Gaza.WithHypothesis("limited-aims");
        var text = s.Text("January 2025 agreement").Complete(s.Space, s.Defaults).ValueIndices.AsSpan();
        var israel = s.Parties[0].Profile!;
        var hamas = s.Parties[1].Profile!;
        // Israel, weights 0.30/0.25/0.20/0.05/0.10/0.10 (they sum to 1):
        //   phased 0.7 -> 0.21; 700 m 0.5 -> 0.125; 30 prisoners on (10, 1.0)-(40, 0.82): 1 - 20/30 x 0.18 = 0.88 -> 0.176;
        //   600 trucks 0.58 -> 0.029; UN agencies 0 -> 0; Rafah one way 0.7 -> 0.07. Sum 0.61.
        Assert.Equal(0.61, israel.Utility(text), 9);
        // Hamas, weights 0.30/0.20/0.15/0.15/0.10/0.10:
        //   phased 0.7 -> 0.21; 700 m 0.86 -> 0.172; 30 prisoners on (10, 0)-(40, 0.58): 20/30 x 0.58 = 0.38667 -> 0.058;
        //   600 trucks 0.82 -> 0.123; UN agencies 1 -> 0.1; Rafah one way 0.7 -> 0.07. Sum 0.733.
        Assert.Equal(0.733, hamas.Utility(text), 9);
        Assert.True(israel.Accepts(text));
        Assert.True(hamas.Accepts(text));
    }

    [Fact]
    public void The_October_2025_agreement_needs_hostages_first_on_Israel_s_side()
    {
        // October 2025 text: phased, October line, 100 prisoners per hostage, 400 trucks; UN agencies
        // and Rafah one way by default.
        var limited = Gaza.WithHypothesis("limited-aims");
        var october = limited.Text("October 2025 agreement").Complete(limited.Space, limited.Defaults).ValueIndices.AsSpan();
        // limited-aims, Israel: 0.30 x 0.7 + 0.25 x 1.0 + 0.20 x 0 + 0.05 x 0.82 + 0.10 x 0 + 0.10 x 0.7
        //   = 0.21 + 0.25 + 0 + 0.041 + 0 + 0.07 = 0.571, below its reservation value of 0.60.
        Assert.Equal(0.571, limited.Parties[0].Profile!.Utility(october), 9);
        Assert.False(limited.Parties[0].Profile!.Accepts(october));
        // hostages-first, Israel (weights 0.25/0.30/0.05/0.10/0.15/0.15):
        //   0.175 + 0.30 + 0 + 0.082 + 0 + 0.105 = 0.662, above 0.60.
        var hostages = Gaza.WithHypothesis("hostages-first");
        Assert.Equal(0.662, hostages.Parties[0].Profile!.Utility(october), 9);
        Assert.True(hostages.Parties[0].Profile!.Accepts(october));
        // Hamas, either way: 0.21 + 0 + 0.15 x 1.0 + 0.15 x 0.58 + 0.10 x 1.0 + 0.10 x 0.7 = 0.617.
        Assert.Equal(0.617, hostages.Parties[1].Profile!.Utility(october), 9);
        Assert.True(hostages.Parties[1].Profile!.Accepts(october));
    }

    [Fact]
    public void Under_unlimited_aims_the_range_is_empty_and_the_war_aim_is_the_deal_killer()
    {
        var limited = BargainingAnalysis.Analyze(Gaza.WithHypothesis("limited-aims").ToProblem());
        var result = BargainingAnalysis.Analyze(Gaza.WithHypothesis("unlimited-aims").ToProblem());
        Assert.Equal(0, result.BargainingRangeCount);
        Assert.Null(result.Nash);
        var killer = Assert.Single(result.DealKillers);
        Assert.Equal(DealKillerKind.WarAim, killer.Kind);
        Assert.Equal("Israel", killer.Party);
        Assert.StartsWith("no bargaining range: Israel's aim is eradication of Hamas and expulsion of the population", killer.Message, StringComparison.Ordinal);
        // Only the war aim differs from limited-aims, so relaxing it gives back exactly that range.
        Assert.Equal(limited.BargainingRangeCount, killer.OpensOutcomes);
    }

    [Theory]
    [InlineData("hamas-maximal")]
    [InlineData("israel-maximal")]
    public void Under_either_maximal_hypothesis_permanence_kills_the_deal(string hypothesis)
    {
        // hamas-maximal: Hamas allows only 'permanent end', which Israel forbids; israel-maximal:
        // Israel allows only 'right to resume', which Hamas forbids. No permanence value passes both.
        var result = BargainingAnalysis.Analyze(Gaza.WithHypothesis(hypothesis).ToProblem());
        Assert.Equal(0, result.BargainingRangeCount);
        Assert.Contains(result.DealKillers, k => k.Kind == DealKillerKind.Issue && k.Issue == "ceasefire permanence");
    }

    [Fact]
    public void Under_hostages_first_the_range_is_open_and_a_permanent_end_is_no_longer_ruled_out_by_Israel()
    {
        var s = Gaza.WithHypothesis("hostages-first");
        var result = BargainingAnalysis.Analyze(s.ToProblem());
        Assert.True(result.BargainingRangeCount > 0);
        Assert.Empty(s.Parties[0].Profile!.RedLines);
        var permanentEnd = s.Space.Issues[0].ParseValue("permanent end");
        Assert.True(s.Parties[0].Profile!.IsAllowed(0, permanentEnd));
    }

    [Fact]
    public void The_withdrawal_options_map_to_the_sourced_lines()
    {
        var (issue, lines) = Gaza.Map!.Value;
        Assert.Equal("withdrawal line", Gaza.Space.Issues[issue].Name);
        Assert.Equal([("700 m", 700.0), ("1,100 m", 1100.0), ("1,200 m", 1200.0)], lines.Where(l => l.BufferMetres is not null).Select(l => (l.Option, l.BufferMetres!.Value)));
        var october = Assert.Single(lines, l => l.Zone is not null);
        Assert.Equal(("October 2025 line", "october-2025"), (october.Option, october.Zone));
    }

    [Fact]
    public void Withdrawal_values_follow_the_share_of_the_Strip_each_line_leaves_to_Israel()
    {
        // docs/scenarios/gaza-2025.md: with s = the share an option leaves to Israel divided by the
        // October line's ~53% (facts file), Israel's value is sqrt(s) and Hamas's sqrt(1 - s), to two decimals.
        var outline = Geography.GeoTestData.Coarse;
        var (issue, lines) = Gaza.Map!.Value;
        var israel = Gaza.Parties[0].Profile!;
        var hamas = Gaza.Parties[1].Profile!;
        var wIsrael = israel.Weights[issue];
        var wHamas = hamas.Weights[issue];
        foreach (var line in lines.Where(l => l.BufferMetres is not null))
        {
            var share = WithdrawalLines.Buffer(outline, line.BufferMetres!.Value, line.Option, "test").ShareOfTerritory / 0.53;
            var v = Gaza.Space.Issues[issue].ParseValue(line.Option);
            Assert.Equal(Math.Sqrt(share), israel.IssueUtilities(issue)[v] / wIsrael, 0.03);
            Assert.Equal(Math.Sqrt(1 - share), hamas.IssueUtilities(issue)[v] / wHamas, 0.03);
        }
    }
}
