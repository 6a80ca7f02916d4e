using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Datasets.Pax;
using Parley.Data.Datasets.Ucdp;

namespace Parley.Data.Datasets;

/// <summary>Every dataset, loaded from one data directory, with the notes the loaders made.</summary>
/// <param name="Directory">The data directory read.</param>
/// <param name="CowInterState">COW inter-state participation rows.</param>
/// <param name="CowInterStateWars">COW inter-state wars.</param>
/// <param name="CowIntraState">COW intra-state rows.</param>
/// <param name="CowIntraStateWars">COW intra-state wars.</param>
/// <param name="UcdpDyadYears">UCDP termination dyad-years.</param>
/// <param name="UcdpPeaceAgreements">UCDP peace agreements.</param>
/// <param name="EthPrioRows">ETH/PRIO actor rows.</param>
/// <param name="Ceasefires">ETH/PRIO ceasefires.</param>
/// <param name="PaxAgreements">PA-X agreements.</param>
/// <param name="Notes">Repairs made while reading, over all files.</param>
public sealed record ConflictData(
    string Directory,
    IReadOnlyList<CowInterStateParticipation> CowInterState,
    IReadOnlyList<CowWar> CowInterStateWars,
    IReadOnlyList<CowIntraStateRow> CowIntraState,
    IReadOnlyList<CowWar> CowIntraStateWars,
    IReadOnlyList<UcdpDyadYear> UcdpDyadYears,
    IReadOnlyList<UcdpPeaceAgreement> UcdpPeaceAgreements,
    IReadOnlyList<EthPrioRow> EthPrioRows,
    IReadOnlyList<Ceasefire> Ceasefires,
    IReadOnlyList<PaxAgreement> PaxAgreements,
    IReadOnlyList<DataNote> Notes)
{
    /// <summary>Loads all six datasets from <paramref name="dataDirectory"/>.</summary>
    public static ConflictData Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var inter = CowInterStateReader.Read(dataDirectory);
        var intra = CowIntraStateReader.Read(dataDirectory);
        var ucdp = UcdpTerminationReader.Read(dataDirectory);
        var agreements = UcdpPeaceAgreementReader.Read(dataDirectory);
        var eth = EthPrioReader.Read(dataDirectory);
        var pax = PaxReader.Read(dataDirectory);
        IReadOnlyList<DataNote> notes = [.. inter.Notes, .. intra.Notes, .. ucdp.Notes, .. agreements.Notes, .. eth.Notes, .. pax.Notes];
        return new ConflictData(dataDirectory, inter.Rows, CowInterStateReader.Wars(inter.Rows), intra.Rows,
            CowIntraStateReader.Wars(intra.Rows), ucdp.Rows, agreements.Rows, eth.Rows, CeasefireAggregation.Aggregate(eth.Rows),
            pax.Rows, notes);
    }
}
