using NetTopologySuite.Geometries;

namespace Parley.Geography;

/// <summary>A named point on the map (a crossing), with where its coordinates come from.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What it is, e.g. "crossing".</param>
/// <param name="Lon">Longitude, degrees east (WGS 84).</param>
/// <param name="Lat">Latitude, degrees north (WGS 84).</param>
/// <param name="Location">The point in the metric grid.</param>
/// <param name="Source">Publication the coordinates are taken from.</param>
public sealed record Landmark(string Name, string Kind, double Lon, double Lat, Point Location, string Source);
