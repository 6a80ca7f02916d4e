using Parley.Geography;

namespace Parley.Application;

/// <summary>
/// What a report needs beyond the run, as the host found it: the territory the scenario's
/// withdrawal lines are drawn on, the folder of detailed geo data, the folder of the conflict
/// datasets. Any of them may be absent; the report then leaves out what needs it.
/// </summary>
/// <param name="Territory">The territory outline (from the scenario's geo folder), or null.</param>
/// <param name="GeoData">The folder of detailed geo data (population, the October 2025 zone), or null.</param>
/// <param name="Datasets">The folder of the conflict datasets (ETH/PRIO, UCDP), or null.</param>
public sealed record ReportInputs(TerritoryOutline? Territory = null, string? GeoData = null, string? Datasets = null)
{
    /// <summary>No map, no base rates.</summary>
    public static ReportInputs None { get; } = new();
}
