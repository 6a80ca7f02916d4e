using System.Text.Json;
using Parley.Geography;

namespace Parley.Tests.Geography;

public sealed class OutlineTests
{
    private static TerritoryOutline Outline => GeoTestData.Coarse;

    [Fact]
    public void Area_is_within_3_percent_of_365_km2()
    {
        // 365 km²: the Strip's area as usually published (e.g. English Wikipedia, "Gaza Strip").
        Assert.InRange(Outline.AreaKm2, 365 * 0.97, 365 * 1.03);
    }

    [Fact]
    public void Has_at_most_50_vertices_and_is_labelled_approximate()
    {
        Assert.InRange(Outline.Territory.ExteriorRing.NumPoints - 1, 4, 50);
        Assert.True(Outline.Approximate);
        Assert.Contains("approximate", Outline.Provenance, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_vertex_cites_a_source_named_in_the_file()
    {
        using var doc = JsonDocument.Parse(GazaOutlineJson());
        var territory = doc.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("role").GetString() == "territory");
        var props = territory.GetProperty("properties");
        var ring = territory.GetProperty("geometry").GetProperty("coordinates")[0];
        var sources = props.GetProperty("vertex_sources");
        Assert.Equal(ring.GetArrayLength(), sources.GetArrayLength());
        var named = props.GetProperty("sources").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var s in sources.EnumerateArray())
        {
            Assert.Contains(s.GetString()!.Split(':')[0], named);
        }
        Assert.Contains("APPROXIMATE", props.GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Published_crossing_coordinates_lie_on_the_land_border()
    {
        // The crossings come from Wikipedia/Wikidata, independently of the outline's vertices:
        // each should sit within 500 m of the land border line.
        Assert.Equal(4, Outline.Landmarks.Count);
        foreach (var crossing in Outline.Landmarks)
        {
            Assert.True(Outline.LandBorder.Distance(crossing.Location) < 500, $"{crossing.Name} is {Outline.LandBorder.Distance(crossing.Location):0} m from the land border");
        }
    }

    [Fact]
    public void Land_border_runs_along_the_outline()
    {
        foreach (var line in Outline.LandBorder.Geometries)
        {
            foreach (var c in line.Coordinates)
            {
                Assert.True(Outline.Territory.ExteriorRing.Distance(Outline.Territory.Factory.CreatePoint(c)) < 0.01);
            }
        }
    }

    [GeoDataFact]
    public void Agrees_with_the_detailed_outline_in_the_data_directory()
    {
        var detailed = GeoTestData.Data!.Outline;
        var difference = Outline.Territory.SymmetricDifference(detailed).Area / detailed.Area;
        Assert.True(difference < 0.03, $"the outlines differ on {difference:P1} of the area");
    }

    private static string GazaOutlineJson()
    {
        return ShippedScenarios.ShippedScenario.ReadText("gaza-2025", "geo/gaza-outline.geojson");
    }
}
