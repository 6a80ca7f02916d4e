using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Analysis;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Json_output_has_the_contract_shape_for_a_genius_domain()
    {
        var dir = TestFiles.Shared("data", "genius", "Laptop");
        var result = ParleyCli.Run("analyze", Path.Combine(dir, "laptop_domain.xml"), Path.Combine(dir, "laptop_buyer_utility.xml"), Path.Combine(dir, "laptop_seller_utility.xml"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        foreach (var key in new[] { "outcomeCount", "parties", "reservationValues", "pareto", "nash", "kalaiSmorodinsky", "maxWelfare", "egalitarian", "bargainingRange", "dealKillers" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        }
        // reference.json: Laptop has 27 outcomes, 4 Pareto points, Nash (1.0, 0.8150631714971639) at HP / 60 Gb / 19'' LCD.
        Assert.Equal(27, root.GetProperty("outcomeCount").GetInt64());
        Assert.Equal(27, root.GetProperty("bargainingRange").GetProperty("outcomeCount").GetInt64());
        Assert.Equal(4, root.GetProperty("pareto").GetArrayLength());
        var nash = root.GetProperty("nash");
        Assert.Equal(1.0, nash.GetProperty("utilities")[0].GetDouble(), 9);
        Assert.Equal(0.8150631714971639, nash.GetProperty("utilities")[1].GetDouble(), 9);
        Assert.Equal("HP", nash.GetProperty("outcome").GetProperty("Laptop").GetString());
        Assert.Equal("60 Gb", nash.GetProperty("outcome").GetProperty("Harddisk").GetString());
        Assert.Equal(["laptop_buyer_utility", "laptop_seller_utility"], root.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Fact]
    public void Text_output_of_a_scenario_names_the_range_and_the_points()
    {
        var result = ParleyCli.Run("analyze", TestFiles.Example);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Bargaining range", result.Stdout);
        Assert.Contains("Nash", result.Stdout);
        Assert.Contains("Kalai-Smorodinsky", result.Stdout);
    }

    [Fact]
    public void Deal_killers_appear_in_json_with_their_relaxation()
    {
        var path = TestFiles.TempFile("blocked.yaml", """
            parley: 1
            metadata: { title: blocked }
            issues:
              - { name: line (km), type: continuous, min: 0.7, max: 1.2, step: 0.1 }
            parties:
              - name: A
                role: belligerent
                weights: { line (km): 1 }
                values: { line (km): { linear: { worst: 0.7, best: 1.2 } } }
                red_lines: [ { issue: line (km), min: 1.1 } ]
              - name: B
                role: belligerent
                weights: { line (km): 1 }
                values: { line (km): { linear: { worst: 1.2, best: 0.7 } } }
                red_lines: [ { issue: line (km), max: 0.9 } ]
            """);
        var result = ParleyCli.Run("analyze", path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("bargainingRange").GetProperty("outcomeCount").GetInt64());
        var killers = doc.RootElement.GetProperty("dealKillers").EnumerateArray().ToList();
        // Values 0.7..1.2; A accepts 1.1, 1.2 and B 0.7..0.9. A allowing 1.0 (its nearest forbidden value)
        // opens nothing, since B refuses 1.0; allowing 0.9 opens exactly one text. Likewise B allowing 1.1.
        Assert.Contains(killers, k => k.GetProperty("kind").GetString() == "issue" && k.GetProperty("issue").GetString() == "line (km)");
        var a = Assert.Single(killers, k => k.GetProperty("kind").GetString() == "redLine" && k.GetProperty("party").GetString() == "A");
        Assert.Equal("0.9", a.GetProperty("relaxedValue").GetString());
        Assert.Equal(1, a.GetProperty("opensOutcomes").GetInt64());
        var b = Assert.Single(killers, k => k.GetProperty("kind").GetString() == "redLine" && k.GetProperty("party").GetString() == "B");
        Assert.Equal("1.1", b.GetProperty("relaxedValue").GetString());
    }
}
