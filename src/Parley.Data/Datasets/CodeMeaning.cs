namespace Parley.Data.Datasets;

/// <summary>
/// What one value of a coded column means, and whether that meaning was checked against the
/// producer's codebook or the dataset README (<see cref="Verified"/>) or is Parley's own reading of
/// the data (documented in docs/data/codes.md and labelled "unverified" in every output).
/// </summary>
/// <param name="Code">The value as stored.</param>
/// <param name="Label">What it means.</param>
/// <param name="Verified">True when the meaning comes from the codebook or dataset README.</param>
public sealed record CodeMeaning(string Code, string Label, bool Verified)
{
    /// <summary>The label, followed by " (unverified)" when the meaning is Parley's reading.</summary>
    public string Display => Verified ? Label : Label + " (unverified)";
}
