using Parley.Domain.Endings;
namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// One ceasefire, aggregated from its actor rows (see <see cref="CeasefireAggregation"/> for the rules).
/// Coded features keep raw codes; meanings in <see cref="EthPrioCodes"/> (all unverified).
/// </summary>
/// <param name="UniqueId">uniq_id (cc x 1000 + cf_id).</param>
/// <param name="Location">Country.</param>
/// <param name="Region">Region code.</param>
/// <param name="Actors">Actor names, in file order.</param>
/// <param name="Start">Date in effect (declaration date when the effect date is unknown); null when neither is known.</param>
/// <param name="Side">side.</param>
/// <param name="Partial">partial.</param>
/// <param name="Written">written.</param>
/// <param name="Fixed">fixed.</param>
/// <param name="FixedDays">fixed_time in days, when numeric.</param>
/// <param name="Humanitarian">p_humanitarian.</param>
/// <param name="PeaceProcess">p_peaceprocess.</param>
/// <param name="Holiday">p_holiday.</param>
/// <param name="Election">p_election.</param>
/// <param name="Class">ceasefire_class.</param>
/// <param name="Timing">timing.</param>
/// <param name="MediatorNego">mediator_nego.</param>
/// <param name="Implement">implement.</param>
/// <param name="Enforcement">enforcement.</param>
/// <param name="Ddr">ddr.</param>
/// <param name="Truce">truce.</param>
/// <param name="EndKind">How it ended.</param>
/// <param name="End">When it ended, when dated.</param>
/// <param name="FirstLine">Line of its first row in the file.</param>
public sealed record Ceasefire(
    int UniqueId,
    string Location,
    int Region,
    IReadOnlyList<string> Actors,
    PartialDate? Start,
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
    int Implement,
    int Enforcement,
    int Ddr,
    int Truce,
    CeasefireEnd EndKind,
    PartialDate? End,
    int FirstLine)
{
    /// <summary>Days in force from start to end, counting both; null without both dates or when the end precedes the start.</summary>
    public int? DurationDays => Start is { } s && End is { } e ? PartialDate.InclusiveDays(s, e) : null;
}
