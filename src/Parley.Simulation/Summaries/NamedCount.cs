namespace Parley.Simulation.Summaries;

/// <summary>A count under a name (an ending, a side).</summary>
public sealed record NamedCount(string Name, int Count);
