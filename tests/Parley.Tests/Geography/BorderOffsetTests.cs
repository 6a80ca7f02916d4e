using System.Globalization;
using NetTopologySuite.Geometries;
using Parley.Domain;
using Parley.Geography;

namespace Parley.Tests.Geography;

/// <summary>A line drawn at stated depths inside the land border, and a line measured (<c>parley map --offset</c>, <c>--geojson</c> with a LineString).</summary>
public sealed class BorderOffsetTests
{
    // A quadrangle of 0.1° × 0.09° on the central meridian of UTM zone 36 (33° E), where the grid is
    // almost exactly a rectangle: land borders on the south (neighbour South) and east (East), sea on the west and north.
    private const double West = 32.95, East = 33.05, South = 31.00, North = 31.09;

    private static string Rectangle => string.Create(CultureInfo.InvariantCulture, $$"""
        { "type": "FeatureCollection", "features": [
          { "type": "Feature", "properties": { "role": "territory", "name": "rectangle", "utm_zone": "36" },
            "geometry": { "type": "Polygon", "coordinates": [[[{{West}}, {{South}}], [{{East}}, {{South}}], [{{East}}, {{North}}], [{{West}}, {{North}}], [{{West}}, {{South}}]]] } },
          { "type": "Feature", "properties": { "role": "land-border", "neighbour": "South" },
            "geometry": { "type": "LineString", "coordinates": [[{{West}}, {{South}}], [{{East}}, {{South}}]] } },
          { "type": "Feature", "properties": { "role": "land-border", "neighbour": "East" },
            "geometry": { "type": "LineString", "coordinates": [[{{East}}, {{South}}], [{{East}}, {{North}}]] } }
        ] }
        """);

    [Fact]
    public void On_a_rectangle_the_line_and_the_area_it_leaves_match_the_hand_calculation()
    {
        var outline = TerritoryOutline.FromGeoJson(Rectangle, "rectangle");
        var grid = TransverseMercator.Utm(36);
        var (x0, y0) = grid.Forward(West, South);
        var (x1, _) = grid.Forward(East, South);
        var (_, y1) = grid.Forward(East, North);
        double w = x1 - x0, h = y1 - y0, a = 1000, b = 2000;

        var line = BorderOffset.Draw(outline, new Dictionary<string, double> { ["South"] = a, ["East"] = b });
        var zone = WithdrawalLines.FromLine(outline, line, "test", "test");

        // Hand calculation: a band a deep along the south edge and b deep along the east edge; they
        // overlap in the a × b corner. The inner line runs from the west coast at height a to the
        // corner (w − b, a), then north to the north coast: (w − b) + (h − a).
        var area = (w * a) + (h * b) - (a * b);
        Assert.Equal(area / 1e6, zone.AreaKm2, area / 1e6 * 2e-3);
        Assert.Equal(((w - b) + (h - a)) / 1000, zone.LineKm!.Value, 0.01);
        Assert.Equal(line.Length / 1000, zone.LineKm!.Value, 1e-9);
    }

    [Fact]
    public void The_july_2025_line_holds_the_1_1_km_band_plus_a_tenth_of_a_km_along_the_egypt_border()
    {
        var outline = GeoTestData.Coarse;
        var line = BorderOffset.Draw(outline, new Dictionary<string, double> { ["Israel"] = 1100, ["Egypt"] = 1200 });
        Assert.IsType<LineString>(line);
        var zone = WithdrawalLines.FromLine(outline, line, "july", "test");
        var band = WithdrawalLines.Buffer(outline, 1100, "1.1 km", "test");
        var egyptKm = Enumerable.Range(0, outline.LandBorder.NumGeometries).Where(i => outline.LandBorderNeighbours[i] == "Egypt").Sum(i => outline.LandBorder.GetGeometryN(i).Length) / 1000;
        // Hand calculation: 0.1 km more along the Egypt border (about 12 km) than the 1.1 km band: about 1.2 km².
        Assert.Equal(egyptKm * 0.1, zone.AreaKm2 - band.AreaKm2, egyptKm * 0.1 * 0.25);
        Assert.True(zone.LineKm > 60 && zone.LineKm < outline.LandBorderKm, $"line {zone.LineKm} km");
    }

    [Fact]
    public void The_shipped_july_2025_line_is_the_one_the_code_draws()
    {
        var outline = GeoTestData.Coarse;
        var shipped = ShippedScenarios.ShippedScenario.ReadText("gaza-2025", "geo/july-2025-line.geojson");
        var drawn = BorderOffset.Draw(outline, new Dictionary<string, double> { ["Israel"] = 1100, ["Egypt"] = 1200 });
        var read = GeoJsonFiles.PolygonsOrLine(GeoJsonFiles.Parse(shipped, "july-2025-line.geojson"), "july-2025-line.geojson");
        var back = read.ToProjected(outline.Projection);
        // Rounded to 6 decimals of a degree (about 0.1 m): the same vertices within 0.2 m.
        Assert.Equal(drawn.NumPoints, back.NumPoints);
        Assert.True(drawn.Coordinates.Zip(back.Coordinates).All(p => p.First.Distance(p.Second) < 0.2));
        Assert.Contains("OpenStreetMap contributors", shipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Depths_must_name_the_outlines_neighbours()
    {
        var outline = TerritoryOutline.FromGeoJson(Rectangle, "rectangle");
        Assert.Contains("no land border with 'North'", Assert.Throws<ModelException>(() => BorderOffset.Draw(outline, new Dictionary<string, double> { ["North"] = 1, ["South"] = 1, ["East"] = 1 })).Message, StringComparison.Ordinal);
        Assert.Contains("missing East", Assert.Throws<ModelException>(() => BorderOffset.Draw(outline, new Dictionary<string, double> { ["South"] = 1 })).Message, StringComparison.Ordinal);
    }
}
