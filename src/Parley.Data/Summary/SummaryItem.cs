namespace Parley.Data.Summary;

/// <summary>One headline figure of a dataset summary.</summary>
/// <param name="Name">What is counted or measured.</param>
/// <param name="Value">The figure.</param>
/// <param name="Verified">False when it rests on Parley's unverified reading of a code.</param>
public sealed record SummaryItem(string Name, double Value, bool Verified);
