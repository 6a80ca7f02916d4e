using System.Text.Json;
using Json.Schema;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Infrastructure;

/// <summary>
/// Issue 12, §5: every command's <c>--format json</c> output validates against the JSON Schema shipped
/// for it in docs/json/ (with the scenario reader's schema library), and every output with values per
/// party names the parties' order in a <c>parties</c> array (docs/json.md).
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();

    private static string Example => TestFiles.Example;

    /// <summary>The shipped schema (built once: the schema library keeps one schema per $id).</summary>
    private static JsonSchema Schema(string name) => Schemas.GetOrAdd(name, n => new Lazy<JsonSchema>(
        () => JsonSchema.FromText(File.ReadAllText(TestFiles.Repo("docs", "json", n + ".schema.json"))))).Value;

    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    private static string Data => TestFiles.Shared("datasets");

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "analyze", ["analyze", Example] },
        { "analyze", ["analyze", Gaza] },
        { "negotiate", ["negotiate", Example, "--protocol", "mediated", "--strategies", "boulware,conceder"] },
        { "amend", ["amend", Example, "--text", "framework", "--set", "aid trucks per day=800"] },
        { "tournament", ["tournament", "--domain", Example, "--strategies", "boulware,conceder"] },
        { "simulate", ["simulate", "--model", "smith-stam", "--runs", "50"] },
        { "simulate-scenario", ["simulate", Gaza, "--runs", "20"] },
        { "simulate-explain", ["simulate", Gaza, "--runs", "5", "--explain", "1"] },
        { "map", ["map", "--no-data"] },
        { "aid", ["aid"] },
        { "model-fearon", ["model", "fearon"] },
        { "model-powell", ["model", "powell"] },
        { "model-rubinstein", ["model", "rubinstein"] },
        { "model-preset", ["model", "smith-stam"] },
        { "scenarios-list", ["scenarios", "list"] },
        { "backtest", ["backtest", TestFiles.Repo("scenarios"), "--runs", "20"] },
        { "data-sources", ["data", "sources", "--data", Data] },
        { "data-summary", ["data", "summary", "--data", Data] },
        { "data-endings", ["data", "endings", "--data", Data] },
        { "data-durations", ["data", "durations", "--data", Data] },
        { "data-ceasefires", ["data", "ceasefires", "--data", Data] },
        { "data-agreements", ["data", "agreements", "--data", Data] },
        { "data-hazard", ["data", "hazard", "--data", Data] },
        { "data-hazard", ["data", "hazard", "--spec", "from-data {dataset: eth-prio, filter: written=1,mediator_nego=1}", "--simulate", "200", "--seed", "4", "--data", Data] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_output_matches_its_schema(string schemaName, string[] args)
    {
        var result = ParleyCli.Run([.. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var schema = Schema(schemaName);
        using var output = JsonDocument.Parse(result.Stdout);
        var evaluation = schema.Evaluate(output.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var failures = (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        Assert.True(evaluation.IsValid, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void A_schema_rejects_output_of_the_wrong_shape()
    {
        // The schemas are not vacuous: analyze's schema refuses negotiate's output.
        var schema = Schema("analyze");
        var negotiate = ParleyCli.Run("negotiate", Example, "--protocol", "mediated", "--strategies", "boulware,conceder", "--format", "json");
        using var output = JsonDocument.Parse(negotiate.Stdout);
        Assert.False(schema.Evaluate(output.RootElement).IsValid);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("negotiate")]
    [InlineData("amend")]
    [InlineData("simulate-scenario")]
    public void Outputs_with_values_per_party_name_the_order(string schemaName)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestFiles.Repo("docs", "json", schemaName + ".schema.json")));
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("parties", required);
        Assert.Equal("array", schema.RootElement.GetProperty("properties").GetProperty("parties").GetProperty("type").GetString());
    }

    [Fact]
    public void Every_shipped_schema_is_tested()
    {
        var tested = Commands().Select(row => (string)row[0]).ToHashSet();
        var shipped = Directory.GetFiles(TestFiles.Repo("docs", "json"), "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]);
        Assert.All(shipped, name => Assert.Contains(name, tested));
    }
}
