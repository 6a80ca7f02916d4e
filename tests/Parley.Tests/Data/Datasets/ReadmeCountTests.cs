using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Datasets.Ucdp;

namespace Parley.Tests.Data.Datasets;

/// <summary>Counts that the dataset READMEs in ../shared/datasets state.</summary>
public sealed class ReadmeCountTests
{
    [Fact]
    public void Cow_inter_state_has_337_rows_and_95_wars()
    {
        // README: "337 state-participation rows, 95 wars (WarNum), 1823-2003".
        var data = SharedData.All;
        Assert.Equal(337, data.CowInterState.Count);
        Assert.Equal(95, data.CowInterStateWars.Count);
        Assert.Equal(1823, data.CowInterStateWars.Min(w => w.Start.Year));
        Assert.Equal(2003, data.CowInterStateWars.Max(w => w.EndYear));
    }

    [Fact]
    public void Cow_inter_state_outcome_row_counts_match_the_readme()
    {
        // README: "Counts (rows): 1:155, 2:119, 6:30, 4:28, 3:4, 8:1."
        var counts = SharedData.All.CowInterState.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(155, counts[1]);
        Assert.Equal(119, counts[2]);
        Assert.Equal(30, counts[6]);
        Assert.Equal(28, counts[4]);
        Assert.Equal(4, counts[3]);
        Assert.Equal(1, counts[8]);
        Assert.Equal(6, counts.Count);
    }

    [Fact]
    public void Cow_inter_state_war_endings_match_the_readme()
    {
        // README: "Per war: 77 wars have a winner/loser, 8 stalemate, 8 transformed, 2 compromise."
        var endings = SharedData.All.CowInterStateWars.GroupBy(w => w.Ending).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(77, endings[CowEnding.WinnerLoser]);
        Assert.Equal(8, endings[CowEnding.Stalemate]);
        Assert.Equal(8, endings[CowEnding.Transformed]);
        Assert.Equal(2, endings[CowEnding.Compromise]);
        Assert.Equal(4, endings.Count);
    }

    [Fact]
    public void Ucdp_termination_has_3140_dyad_years_and_32_columns()
    {
        // README: "3,140 dyad-year rows, 1946-2020; 32 columns".
        var rows = SharedData.All.UcdpDyadYears;
        Assert.Equal(3140, rows.Count);
        Assert.Equal(1946, rows.Min(r => r.Year));
        Assert.Equal(2020, rows.Max(r => r.Year));
    }

    [Fact]
    public void Ucdp_episode_endings_match_the_readme()
    {
        // README: "Rows with dyadterm = 1 (episode endings): 852; outcome counts 1:106, 2:95, 3:143, 4:69, 5:352, 6:84, blank:3."
        var endings = UcdpTerminationReader.Endings(SharedData.All.UcdpDyadYears);
        Assert.Equal(852, endings.Count);
        var counts = endings.GroupBy(r => r.Outcome ?? 0).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(106, counts[1]);
        Assert.Equal(95, counts[2]);
        Assert.Equal(143, counts[3]);
        Assert.Equal(69, counts[4]);
        Assert.Equal(352, counts[5]);
        Assert.Equal(84, counts[6]);
        Assert.Equal(3, counts[0]);
    }

    [Fact]
    public void Ucdp_peace_agreements_match_the_readme()
    {
        // README: "374 agreements (1975-03-06 .. 2021-05-02)"; "pa_type 1:77, 2:213, 3:84".
        var agreements = SharedData.All.UcdpPeaceAgreements;
        Assert.Equal(374, agreements.Count);
        Assert.Equal(new DateOnly(1975, 3, 6), agreements.Min(a => a.Date));
        Assert.Equal(new DateOnly(2021, 5, 2), agreements.Max(a => a.Date));
        var types = agreements.GroupBy(a => a.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(77, types[1]);
        Assert.Equal(213, types[2]);
        Assert.Equal(84, types[3]);
    }

    [Fact]
    public void Eth_prio_rows_and_codes_match_the_readme()
    {
        // README: "4,091 rows (... 2,203 distinct (cc, cf_id) pairs)"; "ceasefire_class 1:2765, 2:886, 3:440;
        // ended -1:2004, 0:214, 1:623, 2:307, 3:126, 4:817. 180 rows with location "Israel"."
        var rows = SharedData.All.EthPrioRows;
        Assert.Equal(4091, rows.Count);
        Assert.Equal(2203, rows.Select(r => (r.CountryCode, r.CeasefireId)).Distinct().Count());
        Assert.Equal(2203, SharedData.All.Ceasefires.Count);
        var classes = rows.GroupBy(r => r.Class).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([2765, 886, 440], new[] { classes[1], classes[2], classes[3] });
        var ended = rows.GroupBy(r => r.Ended).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([2004, 214, 623, 307, 126, 817], new[] { ended[-1], ended[0], ended[1], ended[2], ended[3], ended[4] });
        Assert.Equal(180, rows.Count(r => r.Location == "Israel"));
    }

    [Fact]
    public void Eth_prio_covers_66_countries_from_1989_to_2020()
    {
        // PRIO page (quoted in the README): "2,202 ceasefires, 66 countries, 109 civil conflicts, 1989-2020".
        // This copy has one ceasefire more (2,203, checked above); countries and years agree.
        var ceasefires = SharedData.All.Ceasefires;
        Assert.Equal(66, ceasefires.Select(c => c.Location).Distinct().Count());
        var years = ceasefires.Where(c => c.Start is not null).Select(c => c.Start!.Value.Year).ToList();
        Assert.Equal(1989, years.Min());
        Assert.Equal(2020, years.Max());
    }

    [Fact]
    public void Pax_stage_and_type_counts_match_the_readme()
    {
        // README: "1,868 agreements"; "Stage counts: Pre 513, SubPar 475, Cea 388 (ceasefire), Imp 335, SubComp 113,
        // Ren 43, Oth 1. Agtp: Intra 1270, IntraLocal 286, InterIntra 240, Inter 72"; "dates 1990-02-15 .. 2020-04-09".
        var pax = SharedData.All.PaxAgreements;
        Assert.Equal(1868, pax.Count);
        var stages = pax.GroupBy(a => a.Stage).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(513, stages["Pre"]);
        Assert.Equal(475, stages["SubPar"]);
        Assert.Equal(388, stages["Cea"]);
        Assert.Equal(335, stages["Imp"]);
        Assert.Equal(113, stages["SubComp"]);
        Assert.Equal(43, stages["Ren"]);
        Assert.Equal(1, stages["Oth"]);
        var types = pax.GroupBy(a => a.AgreementType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1270, types["Intra"]);
        Assert.Equal(286, types["IntraLocal"]);
        Assert.Equal(240, types["InterIntra"]);
        Assert.Equal(72, types["Inter"]);
        Assert.Equal(new DateOnly(1990, 2, 15), pax.Min(a => a.Date));
        Assert.Equal(new DateOnly(2020, 4, 9), pax.Max(a => a.Date));
    }

    [Fact]
    public void Pax_israel_palestine_subset_matches_the_readme()
    {
        // README: "45 agreements with Con containing Israel/Palestine; latest in this copy: 2017-10-12 Fatah-Hamas;
        // includes 2012-11-21 "Understanding Regarding Ceasefire in Gaza Strip" (Stage Cea)."
        var subset = SharedData.All.PaxAgreements.Where(a => a.IsIsraelPalestine).ToList();
        Assert.Equal(45, subset.Count);
        var latest = subset.MaxBy(a => a.Date)!;
        Assert.Equal(new DateOnly(2017, 10, 12), latest.Date);
        Assert.Contains("Fatah", latest.Name + latest.Parties, StringComparison.Ordinal);
        var gaza = Assert.Single(subset, a => a.Date == new DateOnly(2012, 11, 21));
        Assert.Contains("Ceasefire in Gaza Strip", gaza.Name, StringComparison.Ordinal);
        Assert.Equal("Cea", gaza.Stage);
    }

    [Fact]
    public void Cow_intra_state_outcomes_and_repairs()
    {
        // The intra-state README gives no counts; these were counted independently with Python's csv module
        // (latin-1): 442 rows, 334 distinct WarNum; per-war outcome 1:174, 2:79, 3:24, 4:18, 5:2, 6:22, 7:15.
        // 334 is also the number of intra-state wars COW publishes for v4 (Sarkees & Wayman 2010).
        var data = SharedData.All;
        Assert.Equal(442, data.CowIntraState.Count);
        Assert.Equal(334, data.CowIntraStateWars.Count);
        var endings = data.CowIntraStateWars.GroupBy(w => w.Ending).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(174, endings[CowEnding.SideAWins]);
        Assert.Equal(79, endings[CowEnding.SideBWins]);
        Assert.Equal(24, endings[CowEnding.Compromise]);
        Assert.Equal(18, endings[CowEnding.Transformed]);
        Assert.Equal(2, endings[CowEnding.Ongoing]);
        Assert.Equal(22, endings[CowEnding.Stalemate]);
        Assert.Equal(15, endings[CowEnding.ContinuesBelowWarLevel]);
        // Two records have EndDay1 and EndYear1 run together (WarNum 585 "-91866", WarNum 682 "1919").
        Assert.Equal(2, data.Notes.Count(n => n.DatasetId == "cow-intra" && n.Text.Contains("run together", StringComparison.Ordinal)));
        var yellowCliff = data.CowIntraStateWars.Single(w => w.WarNumber == 585);
        Assert.Equal(1866, yellowCliff.End!.Value.Year);
        Assert.Null(yellowCliff.End!.Value.Day);
        var spartacist = data.CowIntraStateWars.Single(w => w.WarNumber == 682);
        Assert.Equal(new PartialDateView(1919, 5, null), PartialDateView.Of(spartacist.End!.Value));
    }

    [Fact]
    public void Eth_prio_end_kinds_at_ceasefire_level()
    {
        var ceasefires = SharedData.All.Ceasefires;
        // Every ceasefire has one of the six kinds, and the kinds partition the 2,203 ceasefires.
        Assert.Equal(2203, Enum.GetValues<CeasefireEnd>().Sum(k => ceasefires.Count(c => c.EndKind == k)));
        // The 2014-08-01 Gaza humanitarian ceasefire (uniq_id 666090) is coded 2 on both actor rows and
        // dated 2014-08-01: under Parley's reading it broke down the day it began.
        var gaza = ceasefires.Single(c => c.UniqueId == 666090);
        Assert.Equal(CeasefireEnd.BrokeDown, gaza.EndKind);
        Assert.Equal(1, gaza.DurationDays);
    }

    private readonly record struct PartialDateView(int Year, int? Month, int? Day)
    {
        public static PartialDateView Of(Parley.Data.Datasets.PartialDate d) => new(d.Year, d.Month, d.Day);
    }
}
