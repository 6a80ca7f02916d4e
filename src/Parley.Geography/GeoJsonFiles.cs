using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Parley.Domain;

namespace Parley.Geography;

/// <summary>Reads GeoJSON (RFC 7946, WGS 84 degrees) with NetTopologySuite; bad input becomes an <see cref="InputException"/>.</summary>
public static class GeoJsonFiles
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads a GeoJSON file holding a FeatureCollection, a Feature or a bare geometry.</summary>
    public static FeatureCollection ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("not found", path);
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses GeoJSON text; <paramref name="name"/> names the source in error messages.</summary>
    public static FeatureCollection Parse(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var type = doc.RootElement.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            switch (type)
            {
                case "FeatureCollection":
                    return JsonSerializer.Deserialize<FeatureCollection>(json, Options)
                        ?? throw new InputException(name, null, null, "empty GeoJSON FeatureCollection");
                case "Feature":
                    var feature = JsonSerializer.Deserialize<IFeature>(json, Options)
                        ?? throw new InputException(name, null, null, "empty GeoJSON Feature");
                    return [feature];
                case null:
                    throw new InputException(name, null, null, "not GeoJSON: the top-level object needs a \"type\"");
                default:
                    var geometry = JsonSerializer.Deserialize<Geometry>(json, Options)
                        ?? throw new InputException(name, null, null, $"empty GeoJSON {type}");
                    return [new Feature(geometry, new AttributesTable())];
            }
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var col = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            throw new InputException(name, line, col, $"invalid GeoJSON: {FirstLine(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new InputException(name, null, null, $"invalid GeoJSON geometry: {FirstLine(ex.Message)}", ex);
        }
    }

    /// <summary>Every polygon in <paramref name="features"/> merged into one (multi)polygon, in degrees.</summary>
    public static Geometry UnionOfPolygons(FeatureCollection features, string name)
    {
        ArgumentNullException.ThrowIfNull(features);
        var polygons = new List<Geometry>();
        foreach (var f in features)
        {
            if (f.Geometry is Polygon or MultiPolygon)
            {
                polygons.Add(f.Geometry);
            }
        }
        if (polygons.Count == 0)
        {
            throw new InputException(name, null, null, "no Polygon or MultiPolygon in the GeoJSON: a withdrawal line must enclose the area held");
        }
        var union = polygons.Count == 1 ? polygons[0] : NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(polygons);
        return union.IsValid ? union : union.Buffer(0);
    }

    /// <summary>
    /// The area a GeoJSON withdrawal line describes, in degrees: its polygons merged into one when it has
    /// any (<see cref="UnionOfPolygons"/>), else its LineStrings merged into one line (measured by the
    /// area it leaves on the border's side).
    /// </summary>
    public static Geometry PolygonsOrLine(FeatureCollection features, string name)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Any(f => f.Geometry is Polygon or MultiPolygon))
        {
            return UnionOfPolygons(features, name);
        }
        var lines = features.Select(f => f.Geometry).OfType<Geometry>().Where(g => g is LineString or MultiLineString).ToList();
        if (lines.Count == 0)
        {
            throw new InputException(name, null, null, "no Polygon, MultiPolygon or LineString in the GeoJSON: a withdrawal line encloses the area held or runs across the territory");
        }
        return lines.Count == 1 ? lines[0] : lines[0].Factory.BuildGeometry(lines).Union();
    }

    /// <summary>A feature property as text (GeoJSON4STJ may hand back strings or JSON elements).</summary>
    public static string? GetString(IAttributesTable? attributes, string key)
    {
        if (attributes is null || !attributes.Exists(key))
        {
            return null;
        }
        return attributes[key] switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement e => e.ToString(),
            var o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
