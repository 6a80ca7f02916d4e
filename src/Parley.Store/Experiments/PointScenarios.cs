using Parley.Application;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;

namespace Parley.Store.Experiments;

/// <summary>
/// The run model of each point of an experiment: the scenario read with the point's overrides, prepared
/// for simulation as <c>simulate</c> prepares it (hazards from data, horizon), under the point's
/// hypothesis. Points with the same overrides share one reading.
/// </summary>
public sealed class PointScenarios(ScenarioSource source, string? dataDirectory, string? whyNoData, double? horizonDays)
{
    private readonly Dictionary<string, Scenario> _read = new(StringComparer.Ordinal);

    /// <summary>The scenario's text, for the content hash of a record.</summary>
    public string Text => source.Text();

    /// <summary>How the scenario is named.</summary>
    public string DisplayName => source.DisplayName;

    /// <summary>The run model of <paramref name="point"/>.</summary>
    public ScenarioWarModel Model(ExperimentPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var key = string.Join('\n', point.Overrides.Select(o => o.ToString()));
        if (!_read.TryGetValue(key, out var scenario))
        {
            scenario = ScenarioMonteCarlo.Prepare(source.Load(point.Overrides), dataDirectory, whyNoData, horizonDays);
            _read[key] = scenario;
        }
        return ScenarioMonteCarlo.Model(scenario, point.Hypothesis);
    }

    /// <summary>The scenario with no override (its hypothesis names, its title).</summary>
    public Scenario Base() => source.Load();
}
