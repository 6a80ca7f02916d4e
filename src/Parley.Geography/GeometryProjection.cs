using NetTopologySuite.Geometries;

namespace Parley.Geography;

/// <summary>Moves NetTopologySuite geometries between WGS 84 degrees and a metric transverse Mercator grid.</summary>
internal static class GeometryProjection
{
    /// <summary>SRID of WGS 84 longitude/latitude.</summary>
    public const int Wgs84 = 4326;

    /// <summary>A copy of <paramref name="geographic"/> (x = longitude, y = latitude) in projected metres.</summary>
    public static Geometry ToProjected(this Geometry geographic, TransverseMercator projection)
    {
        ArgumentNullException.ThrowIfNull(geographic);
        ArgumentNullException.ThrowIfNull(projection);
        var copy = geographic.Copy();
        copy.Apply(new ProjectionFilter(projection, forward: true));
        copy.SRID = projection.Srid;
        return copy;
    }

    /// <summary>A copy of <paramref name="projected"/> (metres) in WGS 84 degrees.</summary>
    public static Geometry ToGeographic(this Geometry projected, TransverseMercator projection)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(projection);
        var copy = projected.Copy();
        copy.Apply(new ProjectionFilter(projection, forward: false));
        copy.SRID = Wgs84;
        return copy;
    }

    private sealed class ProjectionFilter(TransverseMercator projection, bool forward) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                var y = seq.GetY(i);
                var (u, v) = forward ? projection.Forward(x, y) : projection.Inverse(x, y);
                seq.SetX(i, u);
                seq.SetY(i, v);
            }
        }
    }
}
