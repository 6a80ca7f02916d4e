using Parley.Cli.Commands.Models;
using Parley.Conflict.Models;

namespace Parley.Cli.Tests.Models;

public sealed class ModelSettingsTests
{
    [Theory]
    [InlineData(typeof(SimulateCommand.Settings))]
    [InlineData(typeof(ModelParameterSettings))]
    [InlineData(typeof(ParameterSettings))]
    public void No_declared_parameter_shadows_an_option_of_a_command(Type settings)
    {
        var options = ParameterOptions.Declared(settings).Append("h").Append("help").ToHashSet();
        var parameters = ModelCatalog.All.SelectMany(m => m.Parameters).Select(p => p.Name);
        Assert.DoesNotContain(parameters, options.Contains);
    }

    [Fact]
    public void Simulate_takes_every_parameter_of_every_preset()
    {
        var (_, names) = ModelParameterArguments.Parameters(["simulate", "--model", "fearon"]);
        Assert.Equal(ModelCatalog.All.SelectMany(m => m.Parameters).Select(p => p.Name).Distinct().Order(), names.Order());
    }

    [Theory]
    [InlineData("fearon", new[] { "days-per-round" })]
    [InlineData("powell", new[] { "cost-b", "days-per-round" })]
    [InlineData("rubinstein", new string[0])]
    public void Closed_form_commands_take_their_model_s_closed_form_parameters(string model, string[] simulationOnly)
    {
        var expected = ModelCatalog.Find(model).Parameters.Select(p => p.Name).Except(simulationOnly);
        var (_, names) = ModelParameterArguments.Parameters(["model", model]);
        Assert.Equal(expected.Order(), names.Order());
    }

    [Fact]
    public void Every_model_command_is_a_model_of_the_catalog()
    {
        Assert.Equal(ModelCatalog.All.Select(m => m.Name), ModelCommands.All.Select(c => c.Name));
        Assert.All(ModelCommands.All, c => Assert.Same(ModelCatalog.Find(c.Name), c.Model));
    }

    [Theory]
    [InlineData(new[] { "model", "fearon", "--p", "0.6" }, new[] { "model", "fearon", "--param", "p=0.6" })]
    [InlineData(new[] { "model", "fearon", "-p", "0.6", "--format", "json" }, new[] { "model", "fearon", "--param", "p=0.6", "--format", "json" })]
    [InlineData(new[] { "model", "fearon", "--p=0.6", "--cost-a:0.1" }, new[] { "model", "fearon", "--param", "p=0.6", "--param", "cost-a=0.1" })]
    [InlineData(new[] { "simulate", "--model", "slantchev", "--bluff", "-1" }, new[] { "simulate", "--model", "slantchev", "--param", "bluff=-1" })]
    [InlineData(new[] { "model", "smith-stam", "--forts" }, new[] { "model", "smith-stam", "--param", "forts=" })]
    [InlineData(new[] { "model", "fearon", "--days-per-round", "7" }, new[] { "model", "fearon", "--days-per-round", "7" })]
    [InlineData(new[] { "simulate", "--model", "powell", "--", "--delta", "0.5" }, new[] { "simulate", "--model", "powell", "--", "--delta", "0.5" })]
    [InlineData(new[] { "analyze", "--p", "0.6" }, new[] { "analyze", "--p", "0.6" })]
    public void Declared_parameters_become_the_generic_option(string[] args, string[] expected)
    {
        Assert.Equal(expected, ModelParameterArguments.Rewrite(args));
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
