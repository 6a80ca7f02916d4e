using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

public sealed class ModelBadInputTests
{
    [Fact]
    public void Probability_above_one()
    {
        ErrorAssert.OneLine(ParleyCli.Run("model", "fearon", "--p", "1.5", "--format", "json"), "--p is 1.5", "probability in [0, 1]");
    }

    [Fact]
    public void Probability_below_zero_in_a_simulation()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "smith-stam", "--theta", "-0.2"), "--theta is -0.2");
    }

    [Fact]
    public void Negative_cost()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "filson-werner", "--cost-a", "-0.1"), "--cost-a is -0.1", "non-negative cost");
        ErrorAssert.OneLine(ParleyCli.Run("model", "powell", "--cost-a", "-1"), "--cost-a is -1");
    }

    [Fact]
    public void Threshold_that_can_never_be_reached()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "smith-stam", "--max-rounds", "3"), "military victory could never be reached");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "slantchev", "--start", "8"), "--start is 8");
    }

    [Fact]
    public void Unknown_model_lists_the_valid_ones()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "clausewitz"), "unknown model 'clausewitz'", "smith-stam", "slantchev");
    }

    [Fact]
    public void Parameter_of_another_model_lists_the_valid_ones()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "fearon", "--theta", "0.5"),
            "model fearon has no parameter --theta", "--p, --cost-a, --cost-b, --cost-bar, --days-per-round");
        ErrorAssert.OneLine(ParleyCli.Run("model", "smith-stam", "--bluff", "0.5"), "model smith-stam has no parameter --bluff", "--forts");
    }

    [Fact]
    public void A_parameter_without_a_value_or_outside_its_command()
    {
        ErrorAssert.OneLine(ParleyProcess.Run("simulate", "--model", "smith-stam", "--forts"), "--forts needs a value", "--forts 10");
        ErrorAssert.OneLine(ParleyProcess.Run("model", "fearon", "--param", "days-per-round=7"), "--days-per-round is used only by the simulation");
        ErrorAssert.OneLine(ParleyProcess.Run("simulate", "scenarios/example/scenario.yaml", "--theta", "0.5"), "--theta is a model parameter");
    }

    [Fact]
    public void Unknown_option_is_a_one_line_error()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "fearon", "--frobnicate", "1"), "frobnicate");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Runs_below_one(string runs)
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "smith-stam", "--runs", runs), "simulate at least 1 run");
    }

    [Fact]
    public void Other_usage_errors()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--runs", "10"), "--model NAME");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "powell", "--out", "runs.xlsx"), ".csv or .parquet");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "powell", "--format", "yaml"), "use text or json");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "powell", "--delta", "abc"), "--delta abc is not a number");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "powell", "--threads", "0"), "use at least 1 thread");
        ErrorAssert.OneLine(ParleyCli.Run("model", "rubinstein", "--inside-a", "0.7", "--inside-b", "0.6"), "sum to more than the whole pie");
        ErrorAssert.OneLine(ParleyCli.Run("model", "rubinstein", "--delta-a", "1"), "--delta-a is 1", "[0, 1)");
        ErrorAssert.OneLine(ParleyCli.Run("model", "fearon", "--cost-bar", "0"), "--cost-bar is 0");
        ErrorAssert.OneLine(ParleyCli.Run("model", "filson-werner", "--win-vs-weak", "0.3"), "--win-vs-weak 0.3 is not above --win-vs-strong 0.4");
    }
}
