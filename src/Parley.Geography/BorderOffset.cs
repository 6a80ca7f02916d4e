using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using NetTopologySuite.Operation.Linemerge;

namespace Parley.Geography;

/// <summary>
/// A withdrawal line drawn at stated depths inside a territory's land border, one depth per
/// neighbour (<c>"neighbour"</c> of each land-border line): the inner edge of the band that each
/// border line's buffer of its depth cuts from the territory. The July 2025 map (1.2 km from the
/// Egypt border, 1.1 km from the Israel line) is drawn this way (scenarios/gaza-2025/geo/README.md).
/// </summary>
public static class BorderOffset
{
    /// <summary>The line in grid metres: the edge of the band inside the land border that does not run along the territory's own boundary.</summary>
    public static Geometry Draw(TerritoryOutline outline, IReadOnlyDictionary<string, double> metresByNeighbour)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(metresByNeighbour);
        var named = outline.LandBorderNeighbours.Where(n => n is not null).Select(n => n!).Distinct().ToList();
        foreach (var (neighbour, metres) in metresByNeighbour)
        {
            if (!named.Contains(neighbour))
            {
                throw new Domain.ModelException($"{outline.Name} has no land border with '{neighbour}': use {(named.Count == 0 ? "(the outline names no neighbours)" : string.Join(", ", named))}");
            }
            if (!double.IsFinite(metres) || metres <= 0)
            {
                throw new Domain.ModelException($"depth {metres} m inside the border with {neighbour} must be a positive number of metres");
            }
        }
        var missing = named.Where(n => !metresByNeighbour.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new Domain.ModelException($"give a depth for every land border: missing {string.Join(", ", missing)}");
        }
        var parameters = new BufferParameters { QuadrantSegments = 16, EndCapStyle = EndCapStyle.Round, JoinStyle = JoinStyle.Round };
        var bands = new List<Geometry>();
        for (var i = 0; i < outline.LandBorder.NumGeometries; i++)
        {
            if (outline.LandBorderNeighbours[i] is { } n)
            {
                bands.Add(BufferOp.Buffer(outline.LandBorder.GetGeometryN(i), metresByNeighbour[n], parameters));
            }
        }
        var zone = outline.Territory.Intersection(NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(bands));
        // The zone's edge minus the stretches that lie on the territory's boundary (border and coast), to a centimetre.
        var edge = zone.Boundary.Difference(outline.Territory.Boundary.Buffer(0.01));
        var merger = new LineMerger();
        merger.Add(edge);
        var lines = merger.GetMergedLineStrings().Cast<LineString>().Where(l => l.Length > 1.0).ToArray();
        return lines.Length == 1 ? lines[0] : outline.Territory.Factory.CreateMultiLineString(lines);
    }

    /// <summary><paramref name="grid"/> (the outline's grid metres) in WGS 84 degrees.</summary>
    public static Geometry ToDegrees(this Geometry grid, TerritoryOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        return grid.ToGeographic(outline.Projection);
    }

    /// <summary>
    /// <paramref name="line"/> (grid metres) as a GeoJSON FeatureCollection in WGS 84 degrees (coordinates
    /// to 6 decimals, about 0.1 m), with <paramref name="properties"/> and the outline's attribution.
    /// </summary>
    public static string ToGeoJson(TerritoryOutline outline, Geometry line, IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(properties);
        var degrees = line.ToGeographic(outline.Projection);
        static JsonArray Coordinates(LineString l) =>
            [.. l.Coordinates.Select(c => (JsonNode)new JsonArray(Math.Round(c.X, 6), Math.Round(c.Y, 6)))];
        JsonObject geometry = degrees is LineString single
            ? new JsonObject { ["type"] = "LineString", ["coordinates"] = Coordinates(single) }
            : new JsonObject { ["type"] = "MultiLineString", ["coordinates"] = new JsonArray([.. Enumerable.Range(0, degrees.NumGeometries).Select(i => (JsonNode)Coordinates((LineString)degrees.GetGeometryN(i)))]) };
        var props = new JsonObject();
        foreach (var (key, value) in properties)
        {
            props[key] = value;
        }
        if (outline.Attribution is { } credit)
        {
            props["attribution"] = credit;
        }
        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(new JsonObject { ["type"] = "Feature", ["properties"] = props, ["geometry"] = geometry }),
        };
        return collection.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }
}
