using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;

namespace Parley.Geography;

/// <summary>Draws withdrawal options on a <see cref="TerritoryOutline"/> and measures them.</summary>
internal static class WithdrawalLines
{
    /// <summary>The part of the territory within <paramref name="metres"/> of its land border (grid metres).</summary>
    public static Geometry BufferInsideLandBorder(TerritoryOutline outline, double metres)
    {
        ArgumentNullException.ThrowIfNull(outline);
        if (!double.IsFinite(metres) || metres <= 0)
        {
            throw new Domain.ModelException($"buffer width {metres} m must be a positive number of metres");
        }
        var parameters = new BufferParameters { QuadrantSegments = 16, EndCapStyle = EndCapStyle.Round, JoinStyle = JoinStyle.Round };
        var band = BufferOp.Buffer(outline.LandBorder, metres, parameters);
        return outline.Territory.Intersection(band);
    }

    /// <summary>A buffer option, measured.</summary>
    public static WithdrawalZone Buffer(TerritoryOutline outline, double metres, string label, string source, GeoDataset? data = null)
    {
        var g = BufferInsideLandBorder(outline, metres);
        return Measure(outline, g, label, WithdrawalZoneKind.Buffer, metres, source, data);
    }

    /// <summary>A polygon line (grid metres), clipped to the territory and measured.</summary>
    public static WithdrawalZone Line(TerritoryOutline outline, Geometry polygon, string label, string source, GeoDataset? data = null)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(polygon);
        var g = outline.Territory.Intersection(polygon.IsValid ? polygon : polygon.Buffer(0));
        return Measure(outline, g, label, WithdrawalZoneKind.Line, null, source, data);
    }

    /// <summary>
    /// A line (grid metres) drawn across the territory, measured: the area it leaves on the side of the
    /// land border (the faces of the territory cut by the line that share a stretch of the land border),
    /// and its length inside the territory.
    /// </summary>
    public static WithdrawalZone FromLine(TerritoryOutline outline, Geometry line, string label, string source, GeoDataset? data = null)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(line);
        var inside = outline.Territory.Intersection(line);
        // Each end is carried 5 m further along its last segment, so that a line whose ends stop just short
        // of the boundary (coordinates rounded in a file) still cuts the territory.
        var polygonizer = new NetTopologySuite.Operation.Polygonize.Polygonizer();
        polygonizer.Add(outline.Territory.Boundary.Union(Extended(line, 5.0)));
        var faces = polygonizer.GetPolygons()
            .Where(f => f.Intersection(outline.LandBorder).Length > 1.0 && outline.Territory.Contains(f.InteriorPoint))
            .ToList();
        var zone = faces.Count == 0 ? outline.Territory.Factory.CreatePolygon() : NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(faces);
        if (zone.Area >= outline.Territory.Area * (1 - 1e-9))
        {
            throw new Domain.ModelException($"{label}: the line does not cut the territory from sea to sea (or from border to border), so no area lies between it and the land border");
        }
        return Measure(outline, zone, label, WithdrawalZoneKind.Line, null, source, data) with { LineKm = inside.Length / 1000.0 };
    }

    private static Geometry Extended(Geometry line, double metres)
    {
        var parts = new List<LineString>();
        for (var i = 0; i < line.NumGeometries; i++)
        {
            var c = ((LineString)line.GetGeometryN(i)).Coordinates;
            if (c.Length < 2)
            {
                continue;
            }
            static Coordinate Beyond(Coordinate end, Coordinate before, double d)
            {
                var len = end.Distance(before);
                return len == 0 ? end.Copy() : new Coordinate(end.X + ((end.X - before.X) / len * d), end.Y + ((end.Y - before.Y) / len * d));
            }
            parts.Add(line.Factory.CreateLineString([Beyond(c[0], c[1], metres), .. c, Beyond(c[^1], c[^2], metres)]));
        }
        return line.Factory.CreateMultiLineString([.. parts]);
    }

    /// <summary>Measures a zone already in grid metres.</summary>
    public static WithdrawalZone Measure(TerritoryOutline outline, Geometry zone, string label, WithdrawalZoneKind kind, double? metres, string source, GeoDataset? data)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(zone);
        var area = zone.Area;
        return new WithdrawalZone(label, kind, metres, source, zone, area / 1e6, area / outline.Territory.Area, data?.PeopleInside(zone));
    }
}
