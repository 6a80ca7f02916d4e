using Parley.Domain.Endings;
namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// One row of the ETH/PRIO ceasefire file: one actor's part in one ceasefire. Coded features keep
/// their raw codes (-1 usually means unclear); see <see cref="EthPrioCodes"/> for meanings.
/// </summary>
/// <param name="CountryCode">cc (Gleditsch-Ward country code).</param>
/// <param name="CeasefireId">cf_id, numbered within the country.</param>
/// <param name="UniqueId">uniq_id = cc x 1000 + cf_id: the ceasefire.</param>
/// <param name="Location">Country.</param>
/// <param name="Region">Region code.</param>
/// <param name="ActorName">The actor.</param>
/// <param name="UcdpConflictId">UCDP conflict id, when linked.</param>
/// <param name="UcdpDyadId">UCDP dyad id, when linked.</param>
/// <param name="PaxId">PA-X agreement id, when linked.</param>
/// <param name="Declared">Date declared.</param>
/// <param name="Effective">Date in effect.</param>
/// <param name="Side">side code.</param>
/// <param name="Partial">partial code.</param>
/// <param name="Written">written code.</param>
/// <param name="Fixed">fixed code.</param>
/// <param name="FixedDays">fixed_time when it is a number (days); null for text or missing.</param>
/// <param name="Humanitarian">p_humanitarian.</param>
/// <param name="PeaceProcess">p_peaceprocess.</param>
/// <param name="Holiday">p_holiday.</param>
/// <param name="Election">p_election.</param>
/// <param name="Class">ceasefire_class.</param>
/// <param name="Timing">timing code.</param>
/// <param name="MediatorNego">mediator_nego code.</param>
/// <param name="Mediators">mediator_send text, when given.</param>
/// <param name="Implement">implement code.</param>
/// <param name="Enforcement">enforcement code.</param>
/// <param name="Ddr">ddr code.</param>
/// <param name="Ended">ended code.</param>
/// <param name="End">End date, when given.</param>
/// <param name="Truce">truce flag.</param>
/// <param name="Line">Line in the file.</param>
public sealed record EthPrioRow(
    int CountryCode,
    int CeasefireId,
    int UniqueId,
    string Location,
    int Region,
    string ActorName,
    int? UcdpConflictId,
    int? UcdpDyadId,
    int? PaxId,
    PartialDate? Declared,
    PartialDate? Effective,
    int Side,
    int Partial,
    int Written,
    int Fixed,
    int? FixedDays,
    int Humanitarian,
    int PeaceProcess,
    int Holiday,
    int Election,
    int Class,
    int Timing,
    int MediatorNego,
    string? Mediators,
    int Implement,
    int Enforcement,
    int Ddr,
    int Ended,
    PartialDate? End,
    int Truce,
    int Line);
