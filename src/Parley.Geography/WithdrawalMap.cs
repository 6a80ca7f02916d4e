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

    /// <summary>The options, in the order given (buffers, lines, then the October 2025 zone).</summary>
    public IReadOnlyList<WithdrawalZone> Zones { get; }

    /// <summary>Pre-war population of the whole territory when data is loaded.</summary>
    public double? TotalPopulation => Data?.TotalPopulation;

    /// <summary>
    /// Measures buffer options (metres, with their labels and sources) and polygon lines (WGS 84 degrees, from GeoJSON). With
    /// <paramref name="data"/>, the detailed outline replaces the coarse one, people inside each zone
    /// are counted, and the October 2025 zone is added.
    /// </summary>
    public static WithdrawalMap Create(
        TerritoryOutline coarse,
        IEnumerable<(double Metres, string Label, string Source)> buffers,
        IEnumerable<(string Label, Geometry PolygonDegrees, string Source)> lines,
        GeoDataset? data)
    {
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(buffers);
        ArgumentNullException.ThrowIfNull(lines);
        var outline = data is null
            ? coarse
            : coarse.WithDetailedTerritory(data.Outline, "Gaza Strip (detailed)", $"{GeoDataset.OutlineFile} in {data.Directory}");
        var zones = new List<WithdrawalZone>();
        foreach (var (metres, label, source) in buffers)
        {
            zones.Add(WithdrawalLines.Buffer(outline, metres, label, source, data));
        }
        foreach (var (label, polygon, source) in lines)
        {
            zones.Add(WithdrawalLines.Line(outline, polygon.ToProjected(outline.Projection), label, source, data));
        }
        if (data?.OctoberZone is { } october)
        {
            zones.Add(WithdrawalLines.Measure(
                outline,
                october.Intersection(outline.Territory),
                "Yellow line (Oct 2025)",
                WithdrawalZoneKind.Reported,
                null,
                $"{GeoDataset.OctoberZoneFile} (gazamaps.com after the IDF map of 19 Oct 2025); facts: Israel keeps \"~53% of Gaza\" (Ynet)",
                data));
        }
        return new WithdrawalMap(outline, data, zones);
    }
}
