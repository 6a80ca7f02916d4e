using Parley.Domain;
using Parley.Simulation.Parameters;

namespace Parley.Tests.Simulation.Parameters;

public class ModelParameterTests
{
    [Theory]
    [InlineData(ParameterDomain.Probability, 0, true)]
    [InlineData(ParameterDomain.Probability, 1, true)]
    [InlineData(ParameterDomain.Probability, 1.01, false)]
    [InlineData(ParameterDomain.OpenProbability, 0, false)]
    [InlineData(ParameterDomain.OpenProbability, 0.5, true)]
    [InlineData(ParameterDomain.DiscountFactor, 0, true)]
    [InlineData(ParameterDomain.DiscountFactor, 1, false)]
    [InlineData(ParameterDomain.NonNegative, -0.001, false)]
    [InlineData(ParameterDomain.NonNegative, double.PositiveInfinity, false)]
    [InlineData(ParameterDomain.Positive, 0, false)]
    [InlineData(ParameterDomain.Count, 3, true)]
    [InlineData(ParameterDomain.Count, 0, false)]
    [InlineData(ParameterDomain.Count, 2.5, false)]
    public void Domains(ParameterDomain domain, double value, bool ok)
    {
        var parameter = new ModelParameter("x", domain == ParameterDomain.Count ? 1 : 0.5, domain, "test");
        if (ok)
        {
            Assert.Equal(value, parameter.Check(value));
        }
        else
        {
            var ex = Assert.Throws<ModelException>(() => parameter.Check(value));
            Assert.StartsWith("x is ", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Defaults_must_lie_in_their_domain()
    {
        Assert.Throws<ModelException>(() => new ModelParameter("p", 2, ParameterDomain.Probability, "bad default"));
    }

    [Fact]
    public void Resolved_sets_remember_what_was_given()
    {
        var set = Parley.Conflict.Models.ModelCatalog.Find("fearon").Resolve(new Dictionary<string, double> { ["p"] = 0.6 });
        Assert.Equal(0.6, set["p"]);
        Assert.True(set.IsGiven("p"));
        Assert.False(set.IsGiven("cost-a"));
        Assert.Equal(0.1, set["cost-a"]);
    }
}
