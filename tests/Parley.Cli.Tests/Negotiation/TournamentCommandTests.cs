using System.Globalization;
using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Negotiation;

public sealed class TournamentCommandTests
{
    private static string LaptopDomain()
    {
        var dir = TestFiles.Shared("data", "genius", "Laptop");
        return string.Join(',', Path.Combine(dir, "laptop_domain.xml"), Path.Combine(dir, "laptop_buyer_utility.xml"), Path.Combine(dir, "laptop_seller_utility.xml"));
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_strategy()
    {
        var result = ParleyCli.Run("tournament", "--domain", TestFiles.Example, "--domain", LaptopDomain(),
            "--strategies", "boulware,conceder,linear,tit-for-tat", "--seeds", "2", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("strategy,negotiations,agreements,agreementRate,meanUtility,meanDistanceToNash,meanDistanceToPareto,meanRounds", lines[0]);
        Assert.Equal(["boulware", "conceder", "linear", "tit-for-tat"], lines.Skip(1).Select(l => l.Split(',')[0]));
        // 4 strategies: 16 ordered pairs per domain and seed, 2 participations each: 2 domains x 2 seeds x 16 x 2 / 4 = 32 per strategy.
        Assert.All(lines.Skip(1), l => Assert.Equal(32, int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Json_and_thread_count_give_the_same_standings()
    {
        string Run(string threads) => ParleyCli.Run("tournament", "--domain", LaptopDomain(), "--strategies", "random,boulware,aspiration",
            "--seeds", "3", "--seed", "5", "--threads", threads, "--format", "json").Stdout;

        var one = Run("1");
        Assert.Equal(one, Run("4"));
        using var doc = JsonDocument.Parse(one);
        Assert.Equal(3 * 9, doc.RootElement.GetProperty("negotiations").GetInt32());
        Assert.Equal(3, doc.RootElement.GetProperty("standings").GetArrayLength());
    }

    [Fact]
    public void Text_output_is_a_table()
    {
        var result = ParleyCli.Run("tournament", "--domain", TestFiles.Example, "--strategies", "hardheaded,conceder");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("agreement rate", result.Stdout);
        Assert.Contains("hardheaded", result.Stdout);
    }

    [Theory]
    [InlineData("at least one --domain", "--strategies", "boulware")]
    [InlineData("unknown strategy 'stubborn'", "--domain", "scenarios/example/scenario.yaml", "--strategies", "boulware,stubborn")]
    [InlineData("--seeds is 0", "--domain", "scenarios/example/scenario.yaml", "--strategies", "boulware", "--seeds", "0")]
    [InlineData("--rounds is 0", "--domain", "scenarios/example/scenario.yaml", "--strategies", "boulware", "--rounds", "0")]
    [InlineData("--mediator applies only to --protocol mediated", "--domain", "scenarios/example/scenario.yaml", "--strategies", "boulware", "--mediator", "nash")]
    [InlineData("unknown protocol 'auction'", "--domain", "scenarios/example/scenario.yaml", "--strategies", "boulware", "--protocol", "auction")]
    public void Bad_input_gets_a_one_line_error(string message, params string[] options)
    {
        // The example scenario is named relative to the checkout in the data and found from there.
        var result = ParleyCli.Run(["tournament", .. options.Select(o => o == "scenarios/example/scenario.yaml" ? TestFiles.Example : o)]);

        ErrorAssert.OneLine(result, message);
    }
}
