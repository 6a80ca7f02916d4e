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
    public void Agreed_terms_are_named_by_their_issue_in_text_and_json()
    {
        // Issue 11 §5: "simulate prints issue names, not term1..6". The text table names each term by
        // its issue (its cells wrap on a narrow console, so the names are looked for as words); the
        // JSON keeps its keys (a contract) and says what each is in agreedTermNames.
        var path = TestFiles.TempFile("war.yaml", Yaml);
        var text = ParleyCli.Run("simulate", path, "--runs", "50", "--seed", "5", "--hypothesis", "limited");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("'ceasefire'", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("'trucks'", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bterm\d", text.Stdout);

        var json = ParleyCli.Run("simulate", path, "--runs", "50", "--seed", "5", "--hypothesis", "limited", "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        var names = doc.RootElement.GetProperty("agreedTermNames");
        // An issue of named options: the option's number, with the numbering, so that quantiles read as options.
        Assert.Equal("agreed option of 'ceasefire' (0 = phased, 1 = permanent, 2 = resume)", names.GetProperty("term1").GetString());
        Assert.Equal("agreed value of 'trucks'", names.GetProperty("term2").GetString());
        var keys = doc.RootElement.GetProperty("agreedTerms").EnumerateObject().Select(p => p.Name);
        Assert.Equal(keys, names.EnumerateObject().Select(p => p.Name));
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
