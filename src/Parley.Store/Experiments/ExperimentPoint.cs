using Parley.Formats.Overrides;

namespace Parley.Store.Experiments;

/// <summary>One point of an experiment: a hypothesis and the scenario values overridden there.</summary>
/// <param name="Index">The point's 0-based index in the experiment.</param>
/// <param name="Hypothesis">The hypothesis simulated.</param>
/// <param name="Overrides">The overrides, in the order applied.</param>
public sealed record ExperimentPoint(int Index, string Hypothesis, IReadOnlyList<ScenarioOverride> Overrides)
{
    /// <summary>The value this point gives <paramref name="path"/> (as written), or null when it leaves it as the file says.</summary>
    public string? ValueOf(string path) => Overrides.LastOrDefault(o => o.PathText == path)?.Value;
}
