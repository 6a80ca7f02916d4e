using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Conflict.Models;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

public sealed class ModelCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var result = ParleyCli.Run(args);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Fearon_json_has_the_contract_fields_and_the_reference_range()
    {
        var root = Json("model", "fearon", "--p", "0.6", "--cost-a", "0.1", "--cost-b", "0.15", "--format", "json");
        // Reference 1.1: (0.6 - 0.10, 0.6 + 0.15) = (0.50, 0.75); ultimatum min(1, 0.75).
        Assert.Equal(0.50, root.GetProperty("rangeLow").GetDouble(), 12);
        Assert.Equal(0.75, root.GetProperty("rangeHigh").GetDouble(), 12);
        Assert.Equal(0.75, root.GetProperty("ultimatumOffer").GetDouble(), 12);
        Assert.False(root.TryGetProperty("screeningOffer", out _));
        Assert.False(root.TryGetProperty("warProbability", out _));
    }

    [Fact]
    public void Fearon_with_cost_bar_adds_screening_offer_and_war_probability()
    {
        var root = Json("model", "fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.15", "--cost-bar", "0.3", "--format", "json");
        // Reference 1.1: x* = 0.5 + (0.3 - 0.1)/2 = 0.60, Pr(war) = 0.2/0.6 = 1/3.
        Assert.Equal(0.60, root.GetProperty("screeningOffer").GetDouble(), 12);
        Assert.Equal(1.0 / 3, root.GetProperty("warProbability").GetDouble(), 12);
        Assert.True(root.TryGetProperty("rangeLow", out _));
    }

    [Fact]
    public void Powell_json_gives_war_and_the_threshold()
    {
        var root = Json("model", "powell", "--delta", "0.9", "--power-now", "0.6", "--power-next", "0.3", "--cost-a", "0.5", "--format", "json");
        // Reference 1.2: 5.5 > 3.25, threshold (0.6 - 0.105)/0.9 = 0.55.
        Assert.True(root.GetProperty("war").GetBoolean());
        Assert.Equal(0.55, root.GetProperty("thresholdPower").GetDouble(), 12);
    }

    [Fact]
    public void Powell_small_shift_is_peace()
    {
        var root = Json("model", "powell", "--delta", "0.9", "--power-now", "0.6", "--power-next", "0.58", "--cost-a", "0.5", "--format", "json");
        Assert.False(root.GetProperty("war").GetBoolean());
    }

    [Theory]
    [InlineData(0.714286, "--delta-a", "0.9", "--delta-b", "0.8")]
    [InlineData(0.526316, "--delta-a", "0.9", "--delta-b", "0.9")]
    [InlineData(0.563158, "--delta-a", "0.9", "--delta-b", "0.9", "--inside-a", "0.3", "--inside-b", "0.2")]
    [InlineData(0.526316, "--delta-a", "0.9", "--delta-b", "0.9", "--outside-b", "0.4")] // below δ/(1+δ) = 0.4737: does not bind
    [InlineData(0.4, "--delta-a", "0.9", "--delta-b", "0.9", "--outside-b", "0.6")] // above: B gets exactly 0.6
    public void Rubinstein_json_gives_the_reference_proposer_share(double expected, params string[] args)
    {
        var root = Json(["model", "rubinstein", .. args, "--format", "json"]);
        Assert.Equal(expected, root.GetProperty("proposerShare").GetDouble(), 6);
    }

    [Fact]
    public void Text_is_the_default_format()
    {
        var result = ParleyCli.Run("model", "rubinstein", "--delta-a", "0.9", "--delta-b", "0.8");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("proposer share", result.Stdout);
        Assert.Contains("0.714286", result.Stdout);
    }

    [Theory]
    [InlineData("smith-stam", "priorGap")]
    [InlineData("filson-werner", "firstDemand")]
    [InlineData("slantchev", "battlesWithoutTalks")]
    public void Simulation_presets_print_parameters_facts_and_a_summary(string model, string fact)
    {
        var root = Json("model", model, "--runs", "300", "--format", "json");
        Assert.Equal(model, root.GetProperty("model").GetString());
        Assert.Contains("[MEM]", root.GetProperty("provenance").GetString());
        Assert.True(root.GetProperty("parameters").EnumerateObject().Any());
        Assert.True(root.GetProperty("facts").TryGetProperty(fact, out _));
        Assert.Equal(300, root.GetProperty("summary").GetProperty("runs").GetInt32());
    }

    [Fact]
    public void Preset_parameters_can_be_changed()
    {
        var root = Json("model", "smith-stam", "--alpha-a", "10", "--beta-a", "10", "--alpha-b", "10", "--beta-b", "10", "--runs", "100", "--format", "json");
        // Common priors: no divergence, and a deal exists before the first battle.
        Assert.Equal(0, root.GetProperty("facts").GetProperty("priorGap").GetDouble());
        Assert.Equal(1, root.GetProperty("facts").GetProperty("openAtStart").GetDouble());
        Assert.Equal(100, root.GetProperty("summary").GetProperty("endings").GetProperty("negotiated-settlement").GetInt32());
    }

    [Fact]
    public void Preset_text_lists_parameters_with_their_defaults()
    {
        var result = ParleyCli.Run("model", "slantchev", "--runs", "200");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--win-vs-weak", result.Stdout);
        Assert.Contains("second-hand", result.Stdout);
        Assert.Contains("negotiated-settlement", result.Stdout);
    }

    [Theory]
    [InlineData("model", "fearon", "cost-b")]
    [InlineData("model", "powell", "power-next")]
    [InlineData("model", "smith-stam", "forts")]
    [InlineData("model", "slantchev", "bluff")]
    [InlineData("simulate", "filson-werner", "collapse")]
    public void Help_lists_the_declared_parameters_with_their_defaults(string command, string model, string parameter)
    {
        var declared = ModelCatalog.Find(model).Parameter(parameter);
        var result = command == "model" ? ParleyProcess.Run("model", model, "--help") : ParleyProcess.Run("simulate", "--help");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var help = Regex.Replace(result.Stdout, @"\s+", " ");
        Assert.Contains($"--{parameter} <", help);
        Assert.Contains($"{declared.DomainText}; default {declared.DefaultText}", help);
        if (command == "simulate")
        {
            Assert.Contains($"PARAMETERS WITH --model {model}:", help);
        }
    }

    [Fact]
    public void Closed_form_help_leaves_out_what_only_the_simulation_uses()
    {
        var result = ParleyProcess.Run("model", "powell", "--help");
        Assert.Contains("--power-now <", result.Stdout);
        Assert.DoesNotContain("--days-per-round", result.Stdout);
        Assert.DoesNotContain("--cost-b", result.Stdout);
    }

    [Theory]
    [InlineData("model")]
    [InlineData("model", "fearon")]
    [InlineData("model", "powell")]
    [InlineData("model", "rubinstein")]
    [InlineData("model", "smith-stam")]
    [InlineData("model", "filson-werner")]
    [InlineData("model", "slantchev")]
    [InlineData("simulate")]
    public void Help_renders(params string[] command)
    {
        var result = ParleyCli.Run([.. command, "--help"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("USAGE", result.Stdout);
        Assert.Empty(result.Stderr);
    }
}
