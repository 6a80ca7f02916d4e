using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

/// <summary><c>parley simulate scenario.yaml</c>: the war process of a scenario through the command line.</summary>
public sealed class ScenarioSimulateTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: cli war }
        issues:
          - { name: ceasefire, type: discrete, options: [phased, permanent, resume] }
          - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
        parties:
          - name: A
            role: belligerent
            weights: { ceasefire: 1, trucks: 1 }
            values: { ceasefire: { table: { phased: 0.5, permanent: 0, resume: 1 } }, trucks: { linear: { worst: 600, best: 200 } } }
          - name: B
            role: belligerent
            weights: { ceasefire: 1, trucks: 1 }
            values: { ceasefire: { table: { phased: 0.5, permanent: 1, resume: 0 } }, trucks: { linear: { worst: 200, best: 600 } } }
        hypotheses:
          - name: limited
          - name: unlimited
            parties: { A: { war_aim: { kind: unlimited, goal: expulsion } } }
        war:
          horizon_days: 364
          battles_per_round: 2
          battle_win_probability: 0.6
          initial_control: 0.6
          control_step: 0.05
          sides:
            A: { prior: { wins: 9, losses: 1 }, victory_control: 0.9, cost_tolerance: 3, utility_cost_per_day: 0.002 }
            B: { prior: { wins: 6, losses: 4 }, victory_control: 0.9, cost_tolerance: 3, utility_cost_per_day: 0.002 }
        """;

    [Fact]
    public void Json_summary_has_the_contract_keys_and_is_identical_for_any_thread_count()
    {
        var path = TestFiles.TempFile("war.yaml", Yaml);
        var one = ParleyCli.Run("simulate", path, "--runs", "300", "--seed", "5", "--threads", "1", "--format", "json");
        var two = ParleyCli.Run("simulate", path, "--runs", "300", "--seed", "5", "--threads", "2", "--format", "json");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Stdout, two.Stdout);
        using var doc = JsonDocument.Parse(one.Stdout);
        foreach (var key in new[] { "runs", "endings", "daysToAgreement", "casualties", "ceasefireHolds" })
        {
            Assert.True(doc.RootElement.TryGetProperty(key, out _), $"missing {key}");
        }
        Assert.Equal(300, doc.RootElement.GetProperty("runs").GetInt32());
    }

    [Fact]
    public void An_unknown_hypothesis_is_a_one_line_error()
    {
        var path = TestFiles.TempFile("war.yaml", Yaml);
        ErrorAssert.OneLine(ParleyCli.Run("simulate", path, "--hypothesis", "maximal"), "no hypothesis 'maximal'", "limited, unlimited");
    }

    [Fact]
    public void A_scenario_without_a_war_section_is_a_one_line_error()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", TestFiles.Example, "--runs", "10"), "no war section");
    }
}
