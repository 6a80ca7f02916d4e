using System.Text.Json;
using Parley.Geography;

namespace Parley.Cli.Commands.Map;

/// <summary>JSON shape of <c>parley map --format json</c> (camelCase).</summary>
internal sealed record MapReport(string Territory, string Provenance, bool Approximate, double AreaKm2, double LandBorderKm, double? Population, IReadOnlyList<MapReport.Zone> Zones)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static MapReport From(WithdrawalMap map) => new(
        map.Outline.Name,
        map.Outline.Provenance,
        map.Outline.Approximate,
        map.Outline.AreaKm2,
        map.Outline.LandBorderKm,
        map.TotalPopulation,
        [.. map.Zones.Select(z => new Zone(z.Label, z.Kind.ToString().ToLowerInvariant(), z.BufferMetres, z.AreaKm2, z.ShareOfTerritory, z.PeopleInside, z.Source, z.LineKm))]);

    /// <summary>One option.</summary>
    internal sealed record Zone(string Label, string Kind, double? BufferMetres, double AreaKm2, double Share, double? PeopleInside, string Source, double? LineKm);
}
