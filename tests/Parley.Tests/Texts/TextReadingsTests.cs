using Parley.Conflict.Texts;
using Parley.Domain.Texts;
using Xunit;

namespace Parley.Tests.Texts;

/// <summary>
/// Expected utility over readings, acceptance, spreads and the reading gap on tests/Fixtures/texts.yaml,
/// worked by hand: North values line near/mid/far at 0/0.5/1 and 200/400/600 trucks at 1/0.5/0, South the
/// mirror image, each with weight 0.5 per issue and reservation 0.3.
/// </summary>
public sealed class TextReadingsTests
{
    private static readonly Parley.Conflict.Scenarios.Scenario S = TextFixture.Scenario;
    private static readonly Parley.Domain.Party North = S.Parties[0];
    private static readonly Parley.Domain.Party South = S.Parties[1];

    [Fact]
    public void Expected_utility_weighs_the_readings_as_each_party_weighs_them()
    {
        var text = S.Text("vague line");
        // South, the text's weights .5/.3/.2 on near/mid/far: line .5*1 + .3*.5 = .65; .5*.65 + .5*.5 = .575.
        Assert.Equal(0.575, TextReadings.ExpectedUtility(text, South.Profile!, S.Defaults, "South"), 12);
        // North weighs far .6: probabilities .5/1.4, .3/1.4, .6/1.4; line (.3*.5 + .6)/1.4; plus .25 for 400 trucks.
        Assert.Equal(0.5 * (0.75 / 1.4) + 0.25, TextReadings.ExpectedUtility(text, North.Profile!, S.Defaults, "North"), 12);
        // Under the text's own weights North expects .5*(.3*.5 + .2) + .25 = .425.
        Assert.Equal(0.425, TextReadings.ExpectedUtility(text, North.Profile!, S.Defaults), 12);
    }

    [Fact]
    public void A_version_1_text_is_one_precise_clause_per_value_and_means_the_same()
    {
        var text = S.Text("values only");
        Assert.Equal(2, text.Clauses.Length);
        Assert.All(text.Clauses, c => Assert.Equal(ClausePrecision.Precise, c.Precision));
        Assert.Equal(["1", "2"], text.Clauses.Select(c => c.Id));
        // mid and 400: .5*.5 + .5*.5 = .5 for both, whatever the weights.
        Assert.Equal(0.5, TextReadings.ExpectedUtility(text, North.Profile!, S.Defaults, "North"), 12);
        Assert.Equal(text.Complete(S.Space, S.Defaults), S.Text("values only").Complete(S.Space, S.Defaults));
        Assert.Equal(default, text.ReadingGap(North.Profile!, South.Profile!, S.Defaults));
    }

    [Fact]
    public void Each_side_loses_what_the_other_sides_reading_costs_it()
    {
        var gap = S.Text("vague line").ReadingGap(North.Profile!, South.Profile!, S.Defaults);
        // North acts on far (.75), South on near (.75 to South); each reading gives the other .25.
        Assert.Equal(0.5, gap.A, 12);
        Assert.Equal(0.5, gap.B, 12);
        var (a, b) = TextHazard.Temptations(S.Text("vague line"), North.Profile!, South.Profile!, S.Defaults, 0.15, 0.05);
        Assert.Equal(0.65, a, 12);
        Assert.Equal(0.55, b, 12);
    }

    [Fact]
    public void Utility_spread_runs_over_the_clauses_readings()
    {
        var text = S.Text("vague line");
        var (min, max) = TextReadings.UtilitySpread(text, text.Clauses[0], North.Profile!, S.Defaults);
        Assert.Equal(0.25, min, 12);
        Assert.Equal(0.75, max, 12);
    }

    [Fact]
    public void A_bounded_clause_weighs_its_values_equally_and_the_modal_value_is_the_first()
    {
        var clause = S.Text("full").Clauses[1];
        Assert.Equal(ClausePrecision.Bounded, clause.Precision);
        Assert.Equal([(1, 0.5), (2, 0.5)], clause.Distribution().Select(r => (r.Value, r.Probability)));
        Assert.Equal(1, S.Text("full").Values[1]);
    }

    [Fact]
    public void Hazard_features_add_guarantee_and_monitoring_from_guarantors_and_provisions()
    {
        var text = S.Text("full");
        Assert.Equal(TextFeature.Written | TextFeature.Mediation | TextFeature.Guarantee | TextFeature.Monitoring, text.HazardFeatures);
        Assert.Equal(
            Parley.Data.Priors.CeasefireClause.Written | Parley.Data.Priors.CeasefireClause.Mediation | Parley.Data.Priors.CeasefireClause.Guarantee | Parley.Data.Priors.CeasefireClause.Monitoring,
            TextHazard.Clauses(text));
    }
}
