using NetTopologySuite.Geometries;

namespace Parley.Geography;

/// <summary>How a withdrawal zone was drawn.</summary>
public enum WithdrawalZoneKind
{
    /// <summary>A band of a given width inside the land border.</summary>
    Buffer,

    /// <summary>A polygon line supplied as GeoJSON, clipped to the territory.</summary>
    Line,

    /// <summary>A zone from a data file (the October 2025 yellow line).</summary>
    Reported,
}

/// <summary>
/// The area one side holds under a withdrawal option, measured in the metric grid.
/// </summary>
/// <param name="Label">Short name, e.g. "700 m (Jan 2025)".</param>
/// <param name="Kind">How it was drawn.</param>
/// <param name="BufferMetres">Width for <see cref="WithdrawalZoneKind.Buffer"/>, else null.</param>
/// <param name="Source">Where the option comes from (facts file, user, data file).</param>
/// <param name="Geometry">The zone in grid metres, inside the territory.</param>
/// <param name="AreaKm2">Area held.</param>
/// <param name="ShareOfTerritory">Area held over the territory's area (0..1).</param>
/// <param name="PeopleInside">Pre-war population inside, when population data is available.</param>
/// <param name="LineKm">For a zone drawn as a line (a GeoJSON LineString): the length of the line inside the territory, in km; else null.</param>
public sealed record WithdrawalZone(
    string Label,
    WithdrawalZoneKind Kind,
    double? BufferMetres,
    string Source,
    Geometry Geometry,
    double AreaKm2,
    double ShareOfTerritory,
    double? PeopleInside,
    double? LineKm = null);
