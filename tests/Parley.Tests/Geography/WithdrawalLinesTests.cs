using NetTopologySuite.Geometries;
using Parley.Domain;
using Parley.Geography;

namespace Parley.Tests.Geography;

public sealed class WithdrawalLinesTests
{
    private static TerritoryOutline Outline => GeoTestData.Coarse;

    [Fact]
    public void The_700_m_band_is_the_land_border_length_times_700_m_within_5_percent()
    {
        // Hand calculation: a band of width w along a line of length L covers about L × w (less at
        // the inner side of bends and the sea ends, more at the outer side).
        // L = land border length of the outline (about 71.6 km); w = 0.7 km.
        var expectedKm2 = Outline.LandBorderKm * 0.7;
        var zone = WithdrawalLines.Buffer(Outline, 700, "700 m", "test");
        Assert.InRange(zone.AreaKm2, expectedKm2 * 0.95, expectedKm2 * 1.05);
        Assert.Equal(zone.AreaKm2 / Outline.AreaKm2, zone.ShareOfTerritory, 1e-12);
    }

    [Fact]
    public void Wider_bands_hold_more_and_a_20_km_band_holds_the_whole_strip()
    {
        var a = WithdrawalLines.Buffer(Outline, 700, "a", "t").AreaKm2;
        var b = WithdrawalLines.Buffer(Outline, 1100, "b", "t").AreaKm2;
        var c = WithdrawalLines.Buffer(Outline, 1200, "c", "t").AreaKm2;
        Assert.True(a < b && b < c);
        // The Strip is at most about 12 km wide, so every point is within 20 km of the land border.
        var all = WithdrawalLines.Buffer(Outline, 20_000, "all", "t");
        Assert.Equal(1.0, all.ShareOfTerritory, 1e-9);
    }

    [Fact]
    public void A_polygon_line_inside_the_strip_keeps_its_own_area()
    {
        // A 2 km × 2 km square (4 km²) around a point well inside the Strip (near Khan Yunis),
        // given in degrees as a GeoJSON line would be.
        var centre = TransverseMercator.Utm(36).Forward(34.32, 31.36);
        var corners = new[] { (-1000.0, -1000.0), (1000, -1000), (1000, 1000), (-1000, 1000), (-1000, -1000) }
            .Select(d => TransverseMercator.Utm(36).Inverse(centre.Easting + d.Item1, centre.Northing + d.Item2))
            .Select(p => new Coordinate(p.Lon, p.Lat))
            .ToArray();
        var squareDegrees = new GeometryFactory().CreatePolygon(corners);
        var zone = WithdrawalLines.Line(Outline, squareDegrees.ToProjected(TransverseMercator.Utm(36)), "square", "test");
        Assert.Equal(4.0, zone.AreaKm2, 1e-6);
    }

    [Fact]
    public void A_polygon_line_at_sea_holds_nothing()
    {
        var sea = new GeometryFactory().CreatePolygon([new(34.0, 31.4), new(34.1, 31.4), new(34.1, 31.5), new(34.0, 31.5), new(34.0, 31.4)]);
        var zone = WithdrawalLines.Line(Outline, sea.ToProjected(TransverseMercator.Utm(36)), "sea", "test");
        Assert.Equal(0, zone.AreaKm2);
    }

    [Fact]
    public void Non_positive_widths_are_rejected()
    {
        Assert.Throws<ModelException>(() => WithdrawalLines.BufferInsideLandBorder(Outline, 0));
        Assert.Throws<ModelException>(() => WithdrawalLines.BufferInsideLandBorder(Outline, double.NaN));
    }

    [Fact]
    public void Map_without_data_has_the_scenario_buffer_options_in_order()
    {
        // The labels are the Gaza scenario file's (its withdrawal-line issue's map section).
        var map = WithdrawalMap.Create(Outline, Application.ScenarioSource.MapBuffers(Application.ScenarioSource.Default.Load()), [], null);
        Assert.Equal(["700 m perimeter (Jan 2025)", "1.1 km, north and east (Jul 2025 map, unconfirmed)", "1.2 km, north of Philadelphi (Jul 2025 map, unconfirmed)"], map.Zones.Select(z => z.Label));
        Assert.Equal([700.0, 1100, 1200], map.Zones.Select(z => z.BufferMetres!.Value));
        Assert.All(map.Zones, z => Assert.Null(z.PeopleInside));
    }
}
