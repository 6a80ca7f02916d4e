using NetTopologySuite.Geometries;

namespace Parley.Geography;

/// <summary>
/// An area with a known population: one governorate, or several whose population is only known
/// together (Deir al-Balah and Khan Yunis in the PCBS figures).
/// </summary>
/// <param name="Name">Display name.</param>
/// <param name="Pcodes">OCHA pcodes of the governorates it covers.</param>
/// <param name="Population">People (pre-war, as reported).</param>
/// <param name="Status">The CSV's status column (reported, derived, ...).</param>
/// <param name="Source">The CSV's source column.</param>
/// <param name="Area">The governorates' union in grid metres.</param>
public sealed record PopulationUnit(string Name, IReadOnlyList<string> Pcodes, double Population, string Status, string Source, Geometry Area);
