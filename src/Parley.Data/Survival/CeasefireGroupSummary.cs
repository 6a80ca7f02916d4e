using Parley.Data.Statistics;

namespace Parley.Data.Survival;

/// <summary>Survival of one group of ceasefires.</summary>
/// <param name="Group">Group key (a code, or "all").</param>
/// <param name="Label">What the group is.</param>
/// <param name="Verified">False when the group's meaning rests on an unverified code reading.</param>
/// <param name="Count">Ceasefires in the group (usable ones).</param>
/// <param name="Events">Ceasefires that ended in the event.</param>
/// <param name="Censored">Ceasefires censored.</param>
/// <param name="ExposureDays">Total days in force observed.</param>
/// <param name="MedianDays">Kaplan-Meier median days in force; null when more than half are still holding.</param>
/// <param name="Holding">Share still holding at the requested days.</param>
/// <param name="HazardPerDay">Constant hazard (events / exposure) with an exact Poisson interval.</param>
public sealed record CeasefireGroupSummary(
    string Group,
    string Label,
    bool Verified,
    int Count,
    int Events,
    int Censored,
    double ExposureDays,
    double? MedianDays,
    IReadOnlyList<HoldingShare> Holding,
    Interval HazardPerDay);
