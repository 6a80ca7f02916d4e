using Parley.Cli.Commands.Models;
using Parley.Conflict.Models;

namespace Parley.Cli.Tests.Models;

public sealed class ModelSettingsTests
{
    [Fact]
    public void Simulate_declares_every_parameter_of_every_preset()
    {
        var declared = ParameterOptions.Declared(typeof(SimulateCommand.Settings)).Where(n => n is not "runs" and not "seed" and not "threads" and not "hypothesis" and not "data").ToHashSet();
        var needed = ModelCatalog.All.SelectMany(m => m.Parameters).Select(p => p.Name).ToHashSet();
        Assert.Equal(needed.Order(), declared.Order());
    }

    [Theory]
    [InlineData(typeof(FearonCommand.Settings), "fearon", new[] { "days-per-round" })]
    [InlineData(typeof(PowellCommand.Settings), "powell", new[] { "cost-b", "days-per-round" })]
    [InlineData(typeof(RubinsteinCommand.Settings), "rubinstein", new string[0])]
    public void Closed_form_commands_declare_their_model_s_parameters(Type settings, string model, string[] simulationOnly)
    {
        var expected = ModelCatalog.Find(model).Parameters.Select(p => p.Name).Except(simulationOnly);
        Assert.Equal(expected.Order(), ParameterOptions.Declared(settings).Order());
    }

    [Theory]
    [InlineData(new[] { "model", "fearon", "--p", "0.6" }, new[] { "model", "fearon", "-p", "0.6" })]
    [InlineData(new[] { "--p=0.6", "--cost-a", "0.1" }, new[] { "-p=0.6", "--cost-a", "0.1" })]
    [InlineData(new[] { "--", "--p" }, new[] { "--", "--p" })]
    [InlineData(new[] { "--pp", "-p" }, new[] { "--pp", "-p" })]
    public void Single_letter_long_options_become_short_options(string[] args, string[] expected)
    {
        Assert.Equal(expected, SingleLetterOptions.Normalise(args));
    }
}
