using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Negotiation;

/// <remarks>
/// <c>negotiate --format json</c> writes to the process's standard output stream itself
/// (<c>Console.OpenStandardOutput</c>), which an in-process run cannot capture, so its JSON tests start
/// the process; the others run in-process.
/// </remarks>
public sealed class NegotiateCommandTests
{
    private static string Laptop => TestFiles.Shared("data", "genius", "Laptop");

    private static string[] LaptopFiles() =>
    [
        Path.Combine(Laptop, "laptop_domain.xml"),
        Path.Combine(Laptop, "laptop_buyer_utility.xml"),
        Path.Combine(Laptop, "laptop_seller_utility.xml"),
    ];

    [Fact]
    public void Json_output_has_the_contract_shape()
    {
        var result = ParleyCli.Run([.. "negotiate".Split(' '), .. LaptopFiles(), "--protocol", "alternating", "--strategies", "boulware,conceder", "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("agreement", root.GetProperty("ending").GetString());
        var agreement = root.GetProperty("agreement");
        Assert.Equal(3, agreement.GetProperty("outcome").EnumerateObject().Count());
        Assert.True(agreement.GetProperty("utilities").TryGetProperty("laptop_buyer_utility", out _));
        var rounds = root.GetProperty("rounds").GetInt32();
        Assert.InRange(rounds, 1, 100);
        var trace = root.GetProperty("trace");
        // One event per round in alternating offers: offers, then the closing acceptance.
        Assert.Equal(rounds, trace.GetArrayLength());
        Assert.Equal("accept", trace[rounds - 1].GetProperty("action").GetString());
        Assert.Equal(2, trace[0].GetProperty("utilities").EnumerateObject().Count());
        // Every Laptop split is scored against the analysis: the distances are numbers.
        Assert.Equal(JsonValueKind.Number, root.GetProperty("distanceToPareto").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("distanceToNash").ValueKind);
    }

    [Fact]
    public void The_same_seed_gives_the_same_output_and_another_seed_another()
    {
        string Run(string seed) => ParleyCli.Run("negotiate", TestFiles.Example, "--strategies", "random,random", "--seed", seed, "--format", "json").Stdout;

        var first = Run("7");
        Assert.Equal(first, Run("7"));
        Assert.NotEqual(first, Run("8"));
    }

    [Fact]
    public void The_mediated_protocol_writes_its_trace_to_a_csv_file()
    {
        var trace = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(trace)!);

        var result = ParleyCli.Run("negotiate", TestFiles.Example, "--protocol", "mediated", "--mediator", "split", "--strategies", "conceder", "--rounds", "12", "--trace", trace);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("mediated protocol", result.Stdout);
        var lines = File.ReadAllLines(trace);
        Assert.Equal("round,party,action,ceasefire,buffer depth,prisoners per captive,aid trucks per day,u_North,u_South,amended_issue,amended_value,justification", lines[0]);
        // The scenario's framework text opens: phased with talks, 1.0 km, and the defaults 30 and 500.
        Assert.StartsWith("1,mediator,text,phased with talks,1,30,500,", lines[1]);
    }

    [Fact]
    public void The_ultimatum_is_one_round()
    {
        var result = ParleyCli.Run([.. "negotiate".Split(' '), .. LaptopFiles(), "--protocol", "ultimatum", "--strategies", "boulware,conceder", "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("rounds").GetInt32());
    }

    [Theory]
    [InlineData("unknown protocol 'barter'", "--protocol", "barter", "--strategies", "boulware")]
    [InlineData("unknown strategy 'stubborn'", "--strategies", "boulware,stubborn")]
    [InlineData("--rounds is 0", "--strategies", "boulware", "--rounds", "0")]
    [InlineData("--mediator applies only to --protocol mediated", "--strategies", "boulware", "--mediator", "nash")]
    [InlineData("--mediator applies only to --protocol mediated", "--protocol", "ultimatum", "--strategies", "boulware", "--mediator", "nash")]
    [InlineData("unknown mediator 'coin'", "--protocol", "mediated", "--strategies", "boulware", "--mediator", "coin")]
    [InlineData("3 strategies for 2 parties", "--strategies", "boulware,conceder,linear")]
    [InlineData("exactly one round", "--protocol", "ultimatum", "--strategies", "boulware", "--rounds", "5")]
    public void Bad_input_gets_a_one_line_error(string message, params string[] options)
    {
        var result = ParleyCli.Run(["negotiate", TestFiles.Example, .. options]);

        ErrorAssert.OneLine(result, message);
    }
}
