namespace Parley.Humanitarian;

/// <summary>
/// The humanitarian cost a war process consumes each round. Defined as the unmet share of food need
/// (<see cref="Gap"/> = 1 − share of need met, 0 when need is met, 1 when nothing arrives) and its
/// absolute size, <see cref="UnmetPersonDays"/> = population × gap × days per round: the number of
/// person-days without a full ration in the round. A war process can weigh either into a side's
/// per-round cost (e.g. political cost proportional to unmet person-days) or use the gap as a
/// hazard multiplier; the model itself does not convert it into deaths.
/// </summary>
/// <param name="Gap">Unmet share of need, 0..1.</param>
/// <param name="UnmetPersonDays">Person-days without a full ration in one round.</param>
/// <param name="DaysPerRound">Round length used.</param>
public sealed record HumanitarianSignal(double Gap, double UnmetPersonDays, double DaysPerRound);
