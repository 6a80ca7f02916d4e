using Parley.Data.Statistics;

namespace Parley.Simulation.Summaries;

/// <summary>A distribution under a name (a value column).</summary>
public sealed record NamedDistribution(RunValueColumn Column, Distribution Distribution);
