using Parley.Geography;

namespace Parley.Tests.Geography;

public sealed class GeoDatasetTests
{
    [GeoDataFact]
    public void October_2025_zone_covers_53_percent_of_the_strip_within_2_points()
    {
        // Facts file: Israel keeps "~53% of Gaza" (Ynet via caliber.az).
        var map = WithdrawalMap.Create(GeoTestData.Coarse, [], [], GeoTestData.Data, [("october-2025", "October line", "test-source")]);
        var october = Assert.Single(map.Zones, z => z.Kind == WithdrawalZoneKind.Reported);
        Assert.InRange(october.ShareOfTerritory, 0.51, 0.55);
        Assert.Equal("October line", october.Label);
        Assert.StartsWith("test-source; polygon IDF_zone_191025.geojson", october.Source, StringComparison.Ordinal);
    }

    [GeoDataFact]
    public void A_named_zone_is_measured_only_when_the_scenario_names_it_and_the_territory_name_comes_from_the_outline_file()
    {
        var map = WithdrawalMap.Create(GeoTestData.Coarse, [], [], GeoTestData.Data);
        Assert.DoesNotContain(map.Zones, z => z.Kind == WithdrawalZoneKind.Reported);
        // gaza_strip_outline.geojson: properties.name_en = "Gaza Strip".
        Assert.Equal("Gaza Strip", GeoTestData.Data!.TerritoryName);
        var unknown = WithdrawalMap.Create(GeoTestData.Coarse, [], [], GeoTestData.Data, [("no-such-zone", "x", "y")]);
        Assert.Empty(unknown.Zones);
    }

    [GeoDataFact]
    public void People_in_all_governorates_sum_to_the_CSV_total()
    {
        var data = GeoTestData.Data!;
        Assert.True(data.PopulationComplete);
        // population-by-governorate.csv: North Gaza 448,000 + Gaza 754,000 + Rafah 275,000
        // + Deir al-Balah and Khan Yunis together 755,000 = 2,232,000.
        Assert.Equal(2_232_000, data.TotalPopulation);
        var union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(data.PopulationUnits.Select(u => u.Area).ToList());
        Assert.Equal(2_232_000, data.PeopleInside(union), 1.0);
    }

    [GeoDataFact]
    public void People_inside_a_zone_and_outside_it_add_up_to_the_total()
    {
        var data = GeoTestData.Data!;
        var outline = GeoTestData.Coarse.WithDetailedTerritory(data.Outline, "detailed", "test");
        var zone = WithdrawalLines.BufferInsideLandBorder(outline, 1100);
        var union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(data.PopulationUnits.Select(u => u.Area).ToList());
        var inside = data.PeopleInside(zone);
        var outside = data.PeopleInside(union.Difference(zone));
        Assert.Equal(data.TotalPopulation, inside + outside, 1.0);
        Assert.InRange(inside, 1, data.TotalPopulation - 1);
    }

    [GeoDataFact]
    public void Detailed_land_border_matches_the_coarse_one()
    {
        var data = GeoTestData.Data!;
        var coarse = GeoTestData.Coarse;
        var detailed = coarse.WithDetailedTerritory(data.Outline, "detailed", "test");
        Assert.InRange(detailed.LandBorderKm, coarse.LandBorderKm * 0.9, coarse.LandBorderKm * 1.1);
        var a = WithdrawalLines.BufferInsideLandBorder(coarse, 700).Area;
        var b = WithdrawalLines.BufferInsideLandBorder(detailed, 700).Area;
        Assert.InRange(b / a, 0.97, 1.03);
    }

    [Fact]
    public void Csv_reader_handles_quotes_commas_and_doubled_quotes()
    {
        var rows = GeoDataset.Rows(new StringReader("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,,last\n"));
        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "x, y", "say \"hi\""], rows[1]);
        Assert.Equal(["2", "", "last"], rows[2]);
    }
}
