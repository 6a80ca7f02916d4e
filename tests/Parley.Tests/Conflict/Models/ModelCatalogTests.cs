using Parley.Conflict.Models;
using Parley.Domain;
using Parley.Simulation;
using Parley.Simulation.Summaries;

namespace Parley.Tests.Conflict.Models;

public class ModelCatalogTests
{
    [Fact]
    public void Issue_model_names_are_all_there()
    {
        Assert.Equal(["fearon", "powell", "rubinstein", "smith-stam", "filson-werner", "slantchev"], ModelCatalog.All.Select(m => m.Name));
    }

    [Theory]
    [InlineData("fearon")]
    [InlineData("powell")]
    [InlineData("rubinstein")]
    [InlineData("smith-stam")]
    [InlineData("filson-werner")]
    [InlineData("slantchev")]
    public void Every_preset_runs_with_its_documented_defaults(string name)
    {
        var model = ModelCatalog.Find(name).CreateDefault();
        var summary = SimulationSummary.Of(MonteCarloRunner.Run(model, new MonteCarloOptions(1000, 1)));
        Assert.Equal(1000, summary.Runs);
        Assert.Equal(1000, summary.Endings.Sum(e => e.Count));
        Assert.Equal(name, summary.Model);
    }

    [Fact]
    public void Second_hand_models_say_so()
    {
        foreach (var name in new[] { "smith-stam", "filson-werner", "slantchev" })
        {
            Assert.Contains("[MEM]", ModelCatalog.Find(name).Provenance, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_model_lists_the_valid_ones()
    {
        var ex = Assert.Throws<ModelException>(() => ModelCatalog.Find("clausewitz"));
        Assert.Equal("unknown model 'clausewitz': use one of fearon, powell, rubinstein, smith-stam, filson-werner, slantchev", ex.Message);
    }

    [Fact]
    public void Unknown_parameter_lists_the_valid_ones()
    {
        var ex = Assert.Throws<ModelException>(() => ModelCatalog.Find("powell").Resolve(new Dictionary<string, double> { ["theta"] = 0.5 }));
        Assert.Equal("model powell has no parameter theta: its parameters are delta, power-now, power-next, cost-a, cost-b, days-per-round", ex.Message);
        Assert.Equal("model powell has no parameter --theta: its parameters are --delta, --power-now, --power-next, --cost-a, --cost-b, --days-per-round", ex.MessageNaming(name => "--" + name));
    }

    [Theory]
    [InlineData("fearon", "p", 1.5, "p is 1.5: it must be a probability in [0, 1]")]
    [InlineData("smith-stam", "cost-a", -0.1, "cost-a is -0.1: it must be a non-negative cost")]
    [InlineData("smith-stam", "forts", 2.5, "forts is 2.5: it must be a whole number of at least 1")]
    [InlineData("rubinstein", "delta-a", 1, "delta-a is 1: it must be a discount factor in [0, 1)")]
    public void Out_of_domain_values_get_one_line_errors(string model, string parameter, double value, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => ModelCatalog.Find(model).Resolve(new Dictionary<string, double> { [parameter] = value }));
        Assert.Equal(expected, ex.Message);
    }
}
