using NetTopologySuite.Geometries;

namespace Parley.Geography;

/// <summary>
/// The withdrawal-line options on one map: the territory (coarse or detailed) and every zone measured
/// on it. Build with <see cref="Create"/>; render with <see cref="WithdrawalMapSvg"/>.
/// </summary>
public sealed class WithdrawalMap
{
    private WithdrawalMap(TerritoryOutline outline, GeoDataset? data, IReadOnlyList<WithdrawalZone> zones)
    {
        Outline = outline;
        Data = data;
        Zones = zones;
    }

    /// <summary>The territory the zones are measured on.</summary>
    public TerritoryOutline Outline { get; }

    /// <summary>The detailed data used, or null for the coarse outline alone.</summary>
    public GeoDataset? Data { get; }

    /// <summary>The options, in the order given (buffers, lines, then the named zones found in the data).</summary>
    public IReadOnlyList<WithdrawalZone> Zones { get; }

    /// <summary>Pre-war population of the whole territory when data is loaded.</summary>
    public double? TotalPopulation => Data?.TotalPopulation;

    /// <summary>
    /// Measures buffer options (metres, with their labels and sources) and lines (WGS 84 degrees, from
    /// GeoJSON: a polygon enclosing the area held, or a LineString across the territory, measured by the
    /// area between it and the land border and by its length). With
    /// <paramref name="data"/>, the detailed outline replaces the coarse one, people inside each zone
    /// are counted, and each named zone of <paramref name="namedZones"/> that the data holds is added
    /// with the label and source the caller gives (a scenario's map line); named zones the data lacks are left out.
    /// </summary>
    public static WithdrawalMap Create(
        TerritoryOutline coarse,
        IEnumerable<(double Metres, string Label, string Source)> buffers,
        IEnumerable<(string Label, Geometry PolygonDegrees, string Source)> lines,
        GeoDataset? data,
        IEnumerable<(string ZoneId, string Label, string Source)>? namedZones = null)
    {
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(buffers);
        ArgumentNullException.ThrowIfNull(lines);
        var outline = data is null
            ? coarse
            : coarse.WithDetailedTerritory(data.Outline, $"{data.TerritoryName} (detailed)", $"{GeoDataset.OutlineFile} in {data.Directory}");
        var zones = new List<WithdrawalZone>();
        foreach (var (metres, label, source) in buffers)
        {
            zones.Add(WithdrawalLines.Buffer(outline, metres, label, source, data));
        }
        foreach (var (label, polygon, source) in lines)
        {
            // A polygon encloses the area held; a line (LineString) is measured by the area it leaves on the border's side and its length.
            zones.Add(polygon is ILineal
                ? WithdrawalLines.FromLine(outline, polygon.ToProjected(outline.Projection), label, source, data)
                : WithdrawalLines.Line(outline, polygon.ToProjected(outline.Projection), label, source, data));
        }
        foreach (var (zoneId, label, source) in namedZones ?? [])
        {
            if (data?.Zones.TryGetValue(zoneId, out var zone) == true)
            {
                zones.Add(WithdrawalLines.Measure(
                    outline,
                    zone.Intersection(outline.Territory),
                    label,
                    WithdrawalZoneKind.Reported,
                    null,
                    $"{source}; polygon {GeoDataset.ZoneFiles[zoneId]} in {data.Directory}",
                    data));
            }
        }
        return new WithdrawalMap(outline, data, zones);
    }
}
