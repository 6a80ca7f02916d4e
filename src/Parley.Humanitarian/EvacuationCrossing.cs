using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>
/// A crossing out of the territory for medical evacuations, and optionally extra trucks in (in the
/// Gaza scenario, Rafah as the January 2025 terms opened it; the scenario key stays <c>rafah</c>).
/// </summary>
/// <param name="Open">Open in the baseline (before any agreement terms).</param>
/// <param name="WoundedFightersPerDay">Wounded fighters evacuated per day when open.</param>
/// <param name="WoundedCiviliansPerDay">Wounded civilians evacuated per day when open.</param>
/// <param name="PatientsAwaitingLow">Patients awaiting evacuation, low estimate.</param>
/// <param name="PatientsAwaitingHigh">Patients awaiting evacuation, high estimate.</param>
/// <param name="ExtraTrucksPerDay">Aid trucks per day added when open.</param>
public sealed record EvacuationCrossing(
    bool Open,
    SourcedNumber WoundedFightersPerDay,
    SourcedNumber WoundedCiviliansPerDay,
    SourcedNumber PatientsAwaitingLow,
    SourcedNumber PatientsAwaitingHigh,
    SourcedNumber ExtraTrucksPerDay)
{
    /// <summary>Evacuations per day when open.</summary>
    public double EvacuationsPerDay => WoundedFightersPerDay.Value + WoundedCiviliansPerDay.Value;

    /// <summary>Checks ranges.</summary>
    public void Validate()
    {
        Preconditions.NonNegative(WoundedFightersPerDay.Value, "rafah.wounded_fighters_per_day");
        Preconditions.NonNegative(WoundedCiviliansPerDay.Value, "rafah.wounded_civilians_per_day");
        Preconditions.NonNegative(PatientsAwaitingLow.Value, "rafah.patients_awaiting_low");
        if (PatientsAwaitingHigh.Value < PatientsAwaitingLow.Value)
        {
            throw new Domain.ModelException("rafah.patients_awaiting_high is below rafah.patients_awaiting_low: swap them");
        }
        Preconditions.NonNegative(ExtraTrucksPerDay.Value, "rafah.extra_trucks_per_day");
    }
}
