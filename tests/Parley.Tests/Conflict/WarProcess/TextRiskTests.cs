using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Talks;
using Parley.Data.Priors;
using Parley.Domain;
using Parley.Formats.Scenario;
using Parley.Randomness;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>A text's own breakdown risk and the clauses its terms bring (docs/war-process.md, "A text's breakdown risk in its value").</summary>
public sealed class TextRiskTests
{
    private const string ByTerm = """
            clauses_by_term:
              - { issue: trucks, value: 600, clauses: [monitoring], assumption: test }
        """;

    private static string Fixture(string? byTerm = ByTerm) =>
        RepoFiles.Read("tests", "Fixtures", "mirror-war.yaml").Replace("PROTOCOL", "mediated", StringComparison.Ordinal)
            .Replace("  ceasefire: { phase_days: 42, talks_from_day: 16, base_hazard_per_day: 0.004 }",
                "  ceasefire:\n    phase_days: 42\n    talks_from_day: 16\n    base_hazard_per_day: 0.004\n" + (byTerm is null ? "" : byTerm + "\n"), StringComparison.Ordinal);

    [Fact]
    public void The_reader_takes_the_clauses_each_term_brings()
    {
        var cf = ScenarioReader.Parse(Fixture(), "mirror-war.yaml").War!.Ceasefire;
        Assert.Equal([new TermClause(2, 2, CeasefireClause.Monitoring)], cf.TermClauses.ToArray());
        Assert.Equal(365, cf.ValueWindowDays);
        var error = Assert.Throws<InputException>(() => ScenarioReader.Parse(Fixture(ByTerm.Replace("monitoring", "peacekeepers", StringComparison.Ordinal)), "mirror-war.yaml"));
        Assert.Contains("mirror-war.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_texts_hazard_ratio_is_that_of_its_clauses_against_the_scenarios()
    {
        // Scenario clauses: written (ratio 0.8); monitoring multiplies by 0.5: a text with 600 trucks has
        // written + monitoring, 0.8 x 0.5 = 0.4, against 0.8: ratio 0.5. Without estimated effects: 1.
        var cf = ScenarioReader.Parse(Fixture(), "mirror-war.yaml").War!.Ceasefire with { Clauses = CeasefireClause.Written };
        var effects = cf with { ClauseHazardRatio = c => ((c & CeasefireClause.Written) != 0 ? 0.8 : 1) * ((c & CeasefireClause.Monitoring) != 0 ? 0.5 : 1) };
        Assert.Equal(0.5, effects.HazardRatioOf([0, 0, 2]), 12);
        Assert.Equal(1, effects.HazardRatioOf([0, 0, 1]), 12);
        Assert.Equal(1, cf.HazardRatioOf([0, 0, 2]));
        Assert.Equal(CeasefireClause.Written | CeasefireClause.Monitoring, cf.ClausesOf([1, 1, 2]));
    }

    [Fact]
    public void The_chance_of_holding_is_the_window_survival_at_the_temptations_the_text_leaves()
    {
        // Constant baseline 0.001/day over 365 days: H = 0.365. Beta ln 2 / 0.1. Temptations:
        // A: r 0.5 - u 0.6 + 0.05 = -0.05, multiplier 2^-0.5; B: 0.5 - 0.4 + 0.05 = 0.15, multiplier 2^1.5.
        // S = exp(-0.365 x 0.5 x 0.5 x (2^-0.5 + 2^1.5)) with a hazard ratio of 0.5.
        var war = ScenarioReader.Parse(Fixture(null), "mirror-war.yaml").War!;
        var beta = Math.Log(2) / 0.1;
        war = war with { Ceasefire = war.Ceasefire with { TemptationBeta = beta, Baseline = CeasefireBaseline.Constant(0.001, beta, "test") } };
        var risk = new AgreementRisk(war);
        var expected = Math.Exp(-0.365 * 0.5 * 0.5 * (Math.Pow(2, -0.5) + Math.Pow(2, 1.5)));
        Assert.Equal(expected, risk.Holds(0.6, 0.4, 0.5, 0.5, 0.5), 12);
        // The stated constant rule (no baseline): daily hazard 0.004 + 0.01 x (0 + 0.15) = 0.0055, S = (1 - 0.0055)^365.
        var stated = new AgreementRisk(war with { Ceasefire = war.Ceasefire with { Baseline = null, BaseHazardPerDay = 0.004, TemptationHazardPerDay = 0.01 } });
        Assert.Equal(Math.Pow(1 - 0.0055, 365), stated.Holds(0.6, 0.4, 0.5, 0.5, 1), 12);
    }

    [Fact]
    public void A_text_whose_clauses_remove_the_hazard_never_breaks()
    {
        // A hypothetical effect: monitoring removes the baseline hazard. With a baseline (which temptation
        // only scales), a first ceasefire on a text with 600 trucks never breaks; other texts do.
        var scenario = ScenarioReader.Parse(Fixture(), "mirror-war.yaml");
        var war = scenario.War!;
        var cf = war.Ceasefire with
        {
            Baseline = CeasefireBaseline.Constant(0.004, war.Ceasefire.TemptationBeta, "test"),
            ClauseHazardRatio = c => (c & CeasefireClause.Monitoring) != 0 ? 0 : 1,
        };
        var model = new ScenarioWarModel(scenario with { War = war with { Ceasefire = cf } }, "base");
        var values = new double[model.Columns.Count];
        var trucks = model.Columns.ToList().FindIndex(c => c.Name == "term3");
        var agreements = model.Columns.ToList().FindIndex(c => c.Name == "agreements");
        int monitored = 0, broken = 0;
        for (var i = 0; i < 300; i++)
        {
            var random = new CounterRandom(3, (ulong)i);
            var record = model.Run(ref random, values);
            // A collapsed run with one agreement reports that first text's terms.
            if (record.Ending == Domain.Endings.Ending.CeasefireCollapsed && values[agreements] == 1)
            {
                broken++;
                Assert.NotEqual(600, values[trucks]);
            }
            monitored += values[trucks] == 600 ? 1 : 0;
        }
        Assert.True(broken > 0, "no ceasefire broke");
        Assert.True(monitored > 0, "no run agreed a text with 600 trucks");
    }
}
