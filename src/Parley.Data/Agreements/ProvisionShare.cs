namespace Parley.Data.Agreements;

/// <summary>The share of a set of agreements that contain one provision.</summary>
/// <param name="Column">The dataset column.</param>
/// <param name="Label">What the provision is.</param>
/// <param name="Verified">False when the label is Parley's unverified reading of the column.</param>
/// <param name="Count">Agreements with the provision.</param>
/// <param name="Total">Agreements considered.</param>
/// <param name="Share">Count / total.</param>
/// <param name="Lower">Lower bound of the Wilson interval.</param>
/// <param name="Upper">Upper bound.</param>
public sealed record ProvisionShare(string Column, string Label, bool Verified, int Count, int Total, double Share, double Lower, double Upper);
