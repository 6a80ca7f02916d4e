namespace Parley.Domain.Scenarios;

/// <summary>
/// What one option of a withdrawal-line issue means on the map: a buffer of a given width inside
/// the land border, a named zone (e.g. "october-2025" from the data directory), or a polygon file.
/// </summary>
/// <param name="Option">The issue option it belongs to.</param>
/// <param name="BufferMetres">The buffer width, when the line is a buffer.</param>
/// <param name="Zone">A named zone, when the line is one.</param>
/// <param name="GeoJsonPath">A GeoJSON polygon (relative to the scenario file), when the line is one.</param>
/// <param name="Label">A label for maps.</param>
/// <param name="Source">The id of the source the line is cited from, if any.</param>
public sealed record MapLine(string Option, double? BufferMetres, string? Zone, string? GeoJsonPath, string? Label, string? Source = null)
{
    /// <summary>The label maps show: <see cref="Label"/>, else the option.</summary>
    public string DisplayLabel => Label ?? Option;
}
