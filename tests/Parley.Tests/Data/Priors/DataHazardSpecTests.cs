using Parley.Data.Priors;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Tests.Data.Priors;

public sealed class DataHazardSpecTests
{
    [Theory]
    [InlineData("from-data {dataset: eth-prio, filter: written=1,mediator_nego=1}")]
    [InlineData("from-data: {dataset: eth-prio, filter: \"written=1,mediator_nego=1\"}")]
    [InlineData("{ filter: 'written=1,mediator_nego=1', dataset: eth-prio-ceasefires }")]
    public void The_inline_form_parses_with_or_without_quotes(string text)
    {
        var spec = DataHazardSpec.Parse(text);
        Assert.Equal("eth-prio", spec.Dataset);
        Assert.Equal("written=1,mediator_nego=1", spec.Filter.ToString());
        Assert.Equal(CeasefireEvent.Breakdown, spec.Event);
        Assert.Equal(0.95, spec.Confidence);
    }

    [Fact]
    public void Event_and_confidence_are_read()
    {
        var spec = DataHazardSpec.Parse("from-data {dataset: eth-prio, event: any-end, confidence: 0.9}");
        Assert.Equal(CeasefireEvent.AnyEnd, spec.Event);
        Assert.Equal(0.9, spec.Confidence);
        Assert.True(spec.Filter.IsEmpty);
        Assert.Equal(spec.ToString(), DataHazardSpec.Parse(spec.ToString()).ToString());
        Assert.Equal("from-data {dataset: eth-prio, filter: \"all\", event: any-end, confidence: 0.9}", spec.ToString());
    }

    [Fact]
    public void From_the_scenario_schema_fields()
    {
        // war.ceasefire.base_hazard_per_day: {from_data: {dataset: eth-prio, filter: "written=1"}}
        var spec = DataHazardSpec.From("eth-prio", "written=1");
        Assert.Equal("written=1", spec.Filter.ToString());
        Assert.Equal("eth-prio", DataHazardSpec.Parse("from_data: {dataset: eth-prio}").Dataset);
        var estimate = spec.Resolve(SharedData.Directory);
        Assert.InRange(estimate.PerDay.Estimate, 0, 1);
    }

    [Fact]
    public void Fields_from_a_yaml_mapping()
    {
        var spec = DataHazardSpec.FromFields(new Dictionary<string, string?> { ["dataset"] = "eth-prio", ["filter"] = "p_humanitarian=1" });
        Assert.Equal("p_humanitarian=1", spec.Filter.ToString());
    }

    [Theory]
    [InlineData("from-data dataset: eth-prio", "not of the form")]
    [InlineData("from-data {filter: written=1}", "dataset is missing")]
    [InlineData("from-data {dataset: ucdp-pa}", "has no ceasefire durations")]
    [InlineData("from-data {dataset: nope}", "unknown dataset 'nope'")]
    [InlineData("from-data {dataset: eth-prio, event: collapse}", "unknown event 'collapse'")]
    [InlineData("from-data {dataset: eth-prio, confidence: high}", "is not a number")]
    [InlineData("from-data {dataset: eth-prio, confidence: 1.5}", "out of range")]
    [InlineData("from-data {dataset: eth-prio, model: weibull}", "unknown field 'model'")]
    [InlineData("from-data {dataset: eth-prio, dataset: eth-prio}", "given twice")]
    [InlineData("from-data {dataset: eth-prio, filter: written=9 x}", "not a whole number")]
    public void Bad_specs_say_what_to_fix(string text, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => DataHazardSpec.Parse(text));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolving_against_the_shared_data_states_the_estimate_and_interval()
    {
        var estimate = DataHazardSpec.Parse("from-data {dataset: eth-prio, filter: written=1|2,mediator_nego=1}").Resolve(SharedData.Directory);
        Assert.Equal(estimate.Events / estimate.ExposureDays, estimate.PerDay.Estimate, 14);
        Assert.True(estimate.PerDay.Lower < estimate.PerDay.Estimate && estimate.PerDay.Estimate < estimate.PerDay.Upper);
        Assert.Equal(estimate.Events, estimate.Pieces.Sum(p => p.Events));
        Assert.Equal(estimate.ExposureDays, estimate.Pieces.Sum(p => p.ExposureDays), 6);
        var line = estimate.Describe();
        Assert.Contains("written=1|2,mediator_nego=1", line, StringComparison.Ordinal);
        Assert.Contains("95 % CI", line, StringComparison.Ordinal);
        Assert.Contains("unverified", line, StringComparison.Ordinal);
    }
}
