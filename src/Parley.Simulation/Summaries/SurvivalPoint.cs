namespace Parley.Simulation.Summaries;

/// <summary>P(the ceasefire still holds <paramref name="Day"/> days after it began), null without ceasefires.</summary>
public sealed record SurvivalPoint(int Day, double? Probability);
