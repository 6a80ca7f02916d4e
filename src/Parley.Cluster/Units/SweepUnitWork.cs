namespace Parley.Cluster.Units;

/// <summary>
/// One unit of a sweep as sent to a silo: the experiment (its spec as stored), the scenario text the
/// submitting machine read (a silo needs no copy of the file), and which unit of the split by
/// <see cref="Batch"/> runs to do.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SweepUnitWork
{
    /// <summary>The experiment's spec as JSON (<see cref="Store.Experiments.ExperimentSpec.ToJson"/>).</summary>
    [Id(0)] public required string SpecJson { get; init; }

    /// <summary>How the scenario is named.</summary>
    [Id(1)] public required string ScenarioName { get; init; }

    /// <summary>The scenario's YAML.</summary>
    [Id(2)] public required string ScenarioText { get; init; }

    /// <summary>The unit's index in the experiment's units.</summary>
    [Id(3)] public required int Unit { get; init; }

    /// <summary>Runs per unit.</summary>
    [Id(4)] public required int Batch { get; init; }
}

/// <summary>How a unit stands on its silo: running, or done with the runs stored by it and found stored already, or stopped by an error that retrying will not cure.</summary>
[GenerateSerializer, Immutable]
public sealed record SweepUnitOutcome
{
    /// <summary>Runs of the unit stored (by this call or earlier).</summary>
    [Id(0)] public long Done { get; init; }

    /// <summary>Runs found already stored.</summary>
    [Id(1)] public long Skipped { get; init; }

    /// <summary>True when every run of the unit is stored.</summary>
    [Id(2)] public bool Complete { get; init; }

    /// <summary>The silo that ran it.</summary>
    [Id(3)] public string Silo { get; init; } = "";

    /// <summary>Why the unit cannot run (bad input), or null.</summary>
    [Id(4)] public string? Error { get; init; }

    /// <summary>True while the unit is running (or waiting for the silo's previous unit).</summary>
    [Id(5)] public bool Running { get; init; }
}
