using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Parley.Domain;

namespace Parley.Geography;

/// <summary>
/// A territory in a metric grid: its area, its land border (the lines a withdrawal is
/// measured from; the coast is not part of it) and named points such as crossings. Built from an
/// outline file (a scenario's geo folder, or a detailed outline in a data directory).
/// </summary>
public sealed class TerritoryOutline
{
    private const string DefaultResource = "Parley.Scenarios.gaza-2025.geo.gaza-outline.geojson";

    private TerritoryOutline(string name, string provenance, bool approximate, Polygon territory, MultiLineString landBorder, IReadOnlyList<Landmark> landmarks, TransverseMercator projection, string? attribution = null, IReadOnlyList<string?>? neighbours = null)
    {
        if (territory.IsEmpty || territory.Area <= 0)
        {
            throw new Domain.ModelException($"{name}: the territory polygon is empty");
        }
        if (landBorder.IsEmpty)
        {
            throw new Domain.ModelException($"{name}: no land border line: add a LineString feature with \"role\": \"land-border\"");
        }
        Name = name;
        Provenance = provenance;
        Approximate = approximate;
        Territory = territory;
        LandBorder = landBorder;
        Landmarks = landmarks;
        Projection = projection;
        Attribution = attribution;
        LandBorderNeighbours = neighbours ?? [.. Enumerable.Repeat<string?>(null, landBorder.NumGeometries)];
    }

    /// <summary>The neighbour across each line of <see cref="LandBorder"/> (its <c>"neighbour"</c> property), in order; null where the file names none.</summary>
    public IReadOnlyList<string?> LandBorderNeighbours { get; }

    /// <summary>Credit line the data licence asks for (shown on maps), or null.</summary>
    public string? Attribution { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Where the geometry comes from (shown with every map).</summary>
    public string Provenance { get; }

    /// <summary>True for the coarse outline: results are approximate and say so.</summary>
    public bool Approximate { get; }

    /// <summary>The territory in grid metres.</summary>
    public Polygon Territory { get; }

    /// <summary>The land border (Israel and Egypt sides) in grid metres.</summary>
    public MultiLineString LandBorder { get; }

    /// <summary>Named points (crossings).</summary>
    public IReadOnlyList<Landmark> Landmarks { get; }

    /// <summary>The grid the geometry is in.</summary>
    public TransverseMercator Projection { get; }

    /// <summary>Area in km².</summary>
    public double AreaKm2 => Territory.Area / 1e6;

    /// <summary>Length of the land border in km.</summary>
    public double LandBorderKm => LandBorder.Length / 1000.0;

    /// <summary>
    /// Reads an outline file: one Polygon feature with <c>"role": "territory"</c>, LineString features
    /// with <c>"role": "land-border"</c>, and optional Point features with <c>"role": "crossing"</c>.
    /// </summary>
    /// <param name="json">The GeoJSON text, in WGS 84 degrees.</param>
    /// <param name="sourceName">How the file is named in messages.</param>
    /// <param name="projection">The metric grid to measure in; null for the one the file states
    /// (<c>"utm_zone"</c> on the territory feature) or else the UTM zone of the territory's centre.</param>
    public static TerritoryOutline FromGeoJson(string json, string sourceName, TransverseMercator? projection = null)
    {
        var features = GeoJsonFiles.Parse(json, sourceName);
        projection ??= GridOf(features, sourceName);
        Polygon? territory = null;
        string name = "territory";
        string provenance = sourceName;
        var approximate = false;
        string? attribution = null;
        var borders = new List<LineString>();
        var neighbours = new List<string?>();
        var landmarks = new List<Landmark>();
        var factory = new GeometryFactory(new PrecisionModel(), projection.Srid);
        foreach (var f in features)
        {
            var role = GeoJsonFiles.GetString(f.Attributes, "role");
            switch (role, f.Geometry)
            {
                case ("territory", Polygon p):
                    territory = (Polygon)p.ToProjected(projection);
                    name = GeoJsonFiles.GetString(f.Attributes, "name") ?? name;
                    provenance = GeoJsonFiles.GetString(f.Attributes, "provenance") ?? provenance;
                    attribution = GeoJsonFiles.GetString(f.Attributes, "attribution");
                    approximate = string.Equals(GeoJsonFiles.GetString(f.Attributes, "approximate"), "true", StringComparison.OrdinalIgnoreCase);
                    break;
                case ("land-border", LineString l):
                    borders.Add((LineString)l.ToProjected(projection));
                    neighbours.Add(GeoJsonFiles.GetString(f.Attributes, "neighbour"));
                    break;
                case ("crossing", Point pt):
                    landmarks.Add(new Landmark(
                        GeoJsonFiles.GetString(f.Attributes, "name") ?? "crossing",
                        "crossing",
                        pt.X,
                        pt.Y,
                        (Point)pt.ToProjected(projection),
                        GeoJsonFiles.GetString(f.Attributes, "source") ?? "unsourced"));
                    break;
                case ("territory", _) or ("land-border", _) or ("crossing", _):
                    throw new InputException(sourceName, null, null, $"feature with role \"{role}\" has a {f.Geometry?.GeometryType ?? "missing"} geometry: use Polygon for territory, LineString for land-border, Point for crossing");
                default:
                    break;
            }
        }
        if (territory is null)
        {
            throw new InputException(sourceName, null, null, "no Polygon feature with \"role\": \"territory\"");
        }
        if (borders.Count == 0)
        {
            throw new InputException(sourceName, null, null, "no LineString feature with \"role\": \"land-border\"");
        }
        return new TerritoryOutline(name, provenance, approximate, territory, factory.CreateMultiLineString([.. borders]), landmarks, projection, attribution, neighbours);
    }

    /// <summary>
    /// The same territory with a detailed polygon (grid metres) from a data directory. Its land border
    /// is the part of the detailed ring between the two places where this outline's land border meets
    /// the sea, on the side nearer this outline's land border; crossings are kept.
    /// </summary>
    public TerritoryOutline WithDetailedTerritory(Polygon detailed, string name, string provenance)
    {
        ArgumentNullException.ThrowIfNull(detailed);
        var ends = SeaEnds();
        var ring = detailed.ExteriorRing.Coordinates;
        var count = ring.Length - 1;
        var a = NearestIndex(ring, count, ends.A);
        var b = NearestIndex(ring, count, ends.B);
        if (a == b)
        {
            throw new Domain.ModelException($"{name}: cannot find the land border on the detailed outline (both ends map to one vertex)");
        }
        var forward = Arc(ring, count, a, b);
        var backward = Arc(ring, count, b, a);
        var factory = detailed.Factory;
        var lf = factory.CreateLineString(forward);
        var lb = factory.CreateLineString(backward);
        var reference = LandBorder.InteriorPoint;
        var border = lf.Distance(reference) + Math.Abs(lf.Length - LandBorder.Length) <= lb.Distance(reference) + Math.Abs(lb.Length - LandBorder.Length) ? lf : lb;
        return new TerritoryOutline(name, provenance, approximate: false, detailed, factory.CreateMultiLineString([border]), Landmarks, Projection);
    }

    private (Coordinate A, Coordinate B) SeaEnds()
    {
        // The land border lines' endpoints that are not shared with another land-border line touch the sea.
        var endpoints = new List<Coordinate>();
        foreach (var g in LandBorder.Geometries)
        {
            var l = (LineString)g;
            endpoints.Add(l.StartPoint.Coordinate);
            endpoints.Add(l.EndPoint.Coordinate);
        }
        var free = endpoints.Where(p => endpoints.Count(q => q.Distance(p) < 1.0) == 1).ToList();
        if (free.Count != 2)
        {
            throw new Domain.ModelException($"{Name}: the land border should be one chain from sea to sea; found {free.Count} loose ends");
        }
        return (free[0], free[1]);
    }

    private static TransverseMercator GridOf(IEnumerable<IFeature> features, string sourceName)
    {
        var territory = features.FirstOrDefault(f => GeoJsonFiles.GetString(f.Attributes, "role") == "territory" && f.Geometry is Polygon)
            ?? throw new InputException(sourceName, null, null, "no Polygon feature with \"role\": \"territory\": add the territory's outline");
        if (GeoJsonFiles.GetString(territory.Attributes, "utm_zone") is { } zone)
        {
            return int.TryParse(zone, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var z)
                ? TransverseMercator.Utm(z)
                : throw new InputException(sourceName, null, null, $"\"utm_zone\": \"{zone}\" is not a zone number: use 1..60");
        }
        return TransverseMercator.UtmFor(territory.Geometry.EnvelopeInternal.Centre.X);
    }

    private static int NearestIndex(Coordinate[] ring, int count, Coordinate target)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var d = ring[i].Distance(target);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static Coordinate[] Arc(Coordinate[] ring, int count, int from, int to)
    {
        var list = new List<Coordinate>();
        for (var i = from; ; i = (i + 1) % count)
        {
            list.Add(ring[i].Copy());
            if (i == to)
            {
                break;
            }
        }
        return [.. list];
    }
}
