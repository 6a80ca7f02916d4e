using System.Text.Json;
using Parley.Domain.Endings;
using Parley.Conflict.Models;
using Parley.Simulation;
using Parley.Simulation.Summaries;

namespace Parley.Tests.Simulation.Summaries;

public class SimulationSummaryTests
{
    /// <summary>Four hand-made runs: a settlement, a victory, a held and a collapsed ceasefire.</summary>
    internal static MonteCarloResult HandMade()
    {
        RunRecord[] records =
        [
            RunRecord.Settlement(2, 14, 1, 2),
            RunRecord.Decisive(Ending.MilitaryVictory, Side.A, 5, 35, 3, 9),
            new RunRecord(Ending.CeasefireHeld, Side.None, 1, 400, 0.5, 0.5, agreementDay: 7, ceasefireDays: 393),
            new RunRecord(Ending.CeasefireCollapsed, Side.B, 6, 120, 4, 2, agreementDay: 21, ceasefireDays: 60, brokenBy: Side.A, followedBy: Ending.MilitaryVictory),
        ];
        double[] values = [0.6, double.NaN, 0.55, 0.5];
        var columns = new[] { new RunValueColumn("shareA", "A's share", isAgreedTerm: true) };
        return new MonteCarloResult("hand-made", columns, new MonteCarloOptions(4, 3), records, values);
    }

    [Fact]
    public void Json_gives_every_share_its_standard_error_and_the_survival_curve_its_band()
    {
        var json = JsonDocument.Parse(SummaryJsonWriter.ToJson(SimulationSummary.Of(HandMade()))).RootElement;
        // Each ending is 1 run of 4: p = 0.25, SE = sqrt(0.25 * 0.75 / 4) = 0.21650635.
        var errors = json.GetProperty("standardErrors");
        Assert.Equal(Math.Sqrt(0.25 * 0.75 / 4), errors.GetProperty("endings").GetProperty("negotiated-settlement").GetDouble(), 12);
        // Ceasefire spells 393 (censored) and 60 (collapsed): at day 90, 2 at risk at day 60 and 1 event,
        // S = 0.5; Greenwood Var = S^2 * 1 / (2 * 1) = 0.125, SE = 0.35355339.
        Assert.Equal(Math.Sqrt(0.125), errors.GetProperty("ceasefireHolds").GetProperty("90").GetDouble(), 12);
        Assert.Equal(0, errors.GetProperty("ceasefireHolds").GetProperty("30").GetDouble());
        var curve = json.GetProperty("ceasefireSurvival");
        Assert.Equal(0.95, curve.GetProperty("confidence").GetDouble());
        var day90 = curve.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("day").GetInt32() == 90);
        Assert.Equal(0.5, day90.GetProperty("survival").GetDouble(), 12);
        Assert.True(day90.GetProperty("lower").GetDouble() < 0.5 && day90.GetProperty("upper").GetDouble() > 0.5);
        Assert.Equal(1, day90.GetProperty("atRisk").GetInt32());
        // The fields that were there before stay.
        Assert.Equal(0.5, json.GetProperty("ceasefireHolds").GetProperty("90").GetDouble(), 12);
    }

    [Fact]
    public void Hand_made_runs_summarise_as_computed_by_hand()
    {
        var s = SimulationSummary.Of(HandMade());
        Assert.Equal(1, s.Count(Ending.NegotiatedSettlement));
        Assert.Equal(1, s.Count(Ending.MilitaryVictory));
        Assert.Equal(1, s.Count(Ending.CeasefireHeld));
        Assert.Equal(1, s.Count(Ending.CeasefireCollapsed));
        // Agreement days 14, 7, 21 -> median 14, mean 14.
        Assert.Equal(3, s.DaysToAgreement.Count);
        Assert.Equal(14, s.DaysToAgreement.Median);
        // Casualties totals 3, 12, 1, 6 -> sorted 1 3 6 12, median 4.5.
        Assert.Equal(4.5, s.CasualtiesTotal.Median);
        // Terms 0.6, 0.55, 0.5 (the victory has none).
        Assert.Equal(3, s.AgreedTerms[0].Distribution.Count);
        Assert.Equal(0.55, s.AgreedTerms[0].Distribution.Median);
        // Ceasefire spells: 393 held (censored), 60 collapsed. S(30) = 1, S(90) = S(365) = 1 - 1/2 = 0.5.
        Assert.Equal(2, s.Ceasefires);
        Assert.Equal([1.0, 0.5, 0.5], s.CeasefireHolds.Select(p => p.Survival));
        Assert.Equal(1, s.CeasefireBrokenBy[0].Count);
        Assert.Equal([new NamedCount("military-victory", 1)], s.AfterCeasefireCollapse);
        Assert.Equal(1, s.Prevailing[0].Count);
        Assert.Equal(1, s.Prevailing[1].Count);
    }

    [Fact]
    public void Json_has_the_issue_shape()
    {
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToJson(SimulationSummary.Of(HandMade())));
        var root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("runs").GetInt32());
        var endings = root.GetProperty("endings");
        Assert.Equal(EndingNames.All.Select(EndingNames.Name), endings.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, endings.GetProperty("ceasefire-held").GetInt32());
        Assert.Equal(14, root.GetProperty("daysToAgreement").GetProperty("median").GetDouble());
        Assert.Equal(["a", "b", "total"], root.GetProperty("casualties").EnumerateObject().Select(p => p.Name));
        var holds = root.GetProperty("ceasefireHolds");
        Assert.Equal(["30", "90", "365"], holds.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.5, holds.GetProperty("90").GetDouble());
        Assert.Equal(0.55, root.GetProperty("agreedTerms").GetProperty("shareA").GetProperty("median").GetDouble());
    }

    [Fact]
    public void Json_writes_null_where_there_is_nothing_to_summarise()
    {
        var result = MonteCarloRunner.Run(PowellModel.Descriptor.CreateDefault(), new MonteCarloOptions(10, 1, 1));
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToJson(SimulationSummary.Of(result), PowellModel.Descriptor.Resolve()));
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("daysToAgreement").GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("daysToAgreement").GetProperty("median").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ceasefireHolds").GetProperty("30").ValueKind);
        Assert.Equal(0.9, root.GetProperty("parameters").GetProperty("delta").GetDouble());
    }
}
