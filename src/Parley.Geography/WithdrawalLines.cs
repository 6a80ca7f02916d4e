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

    /// <summary>Measures a zone already in grid metres.</summary>
    public static WithdrawalZone Measure(TerritoryOutline outline, Geometry zone, string label, WithdrawalZoneKind kind, double? metres, string source, GeoDataset? data)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(zone);
        var area = zone.Area;
        return new WithdrawalZone(label, kind, metres, source, zone, area / 1e6, area / outline.Territory.Area, data?.PeopleInside(zone));
    }
}
