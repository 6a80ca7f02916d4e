namespace Parley.Web.Sweeps;

/// <summary>
/// A sweep as a person or a client states it: varied values as <c>parley sweep --vary</c> takes them, one
/// hypothesis (default: the scenario's first), runs per point (default 1000), seed (default 1), runs per
/// unit, design (grid, lhs, sobol, oat) and its sample size, a name.
/// </summary>
public sealed record SweepForm(IReadOnlyList<string>? Vary, string? Hypothesis, int? Runs, ulong? Seed, int? Batch, string? Design, int? Size, string? Name);
