using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Humanitarian;
using Parley.Formats.Humanitarian;

namespace Parley.Cli.Commands.Aid;

/// <summary>JSON shape of <c>parley aid --format json</c> (camelCase).</summary>
internal sealed record AidReport(
    string Administration,
    double Population,
    double NeedKcalPerDay,
    ChannelResult Land,
    ChannelResult Airdrops,
    double AirdropToLandCostRatio,
    double? ReportedAirdropToLandCostRatio,
    double DistributionReach,
    double UsableKcalPerDay,
    double ShareOfNeedMet,
    HumanitarianSignal Signal,
    bool RafahOpen,
    double EvacuationsPerDay)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static AidReport From(HumanitarianScenario s, HumanitarianRound r) => new(
        AidAdministrationNames.Key(r.Administration),
        r.Population,
        r.NeedKcalPerDay,
        r.Land,
        r.Airdrops,
        r.AirdropToLandCostRatio,
        s.ReportedRatios.FirstOrDefault(x => x.Name == "airdrop_cost_vs_trucks").Value?.Value,
        r.DistributionReach,
        r.UsableKcalPerDay,
        r.ShareOfNeedMet,
        r.Signal,
        r.RafahOpen,
        r.EvacuationsPerDay);
}
