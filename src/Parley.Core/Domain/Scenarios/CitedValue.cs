namespace Parley.Domain.Scenarios;

/// <summary>A number of a scenario with what it rests on (null when the scenario gives no citation).</summary>
/// <param name="Path">Where the number sits in the scenario, e.g. "parties/Israel/reservation".</param>
/// <param name="Value">The number.</param>
/// <param name="Citation">Its source or assumption.</param>
public sealed record CitedValue(string Path, double Value, Citation? Citation);
