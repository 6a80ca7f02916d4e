using Parley.Domain;
using Parley.Store.Experiments;

namespace Parley.Store.Sweeps;

/// <summary>What a sweep asks for, as every host takes it: hypotheses, varied values, design, runs, seed.</summary>
public sealed record SweepRequest
{
    /// <summary>The hypotheses swept (each combination is run under each).</summary>
    public required IReadOnlyList<string> Hypotheses { get; init; }

    /// <summary>The varied values.</summary>
    public required IReadOnlyList<SweepParameter> Parameters { get; init; }

    /// <summary>The design: grid, lhs (a Latin hypercube of <see cref="Size"/> points), sobol (Saltelli with <see cref="Size"/> base points) or oat.</summary>
    public string Design { get; init; } = "grid";

    /// <summary>The sample size of the lhs and sobol designs.</summary>
    public int? Size { get; init; }

    /// <summary>Runs per point.</summary>
    public required int Runs { get; init; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>A name for the experiment.</summary>
    public string Name { get; init; } = "";

    /// <summary>Days after which the war stops being reported, when overridden.</summary>
    public double? HorizonDays { get; init; }
}

/// <summary>Turns a <see cref="SweepRequest"/> into the experiment it records, each point read once so that a bad value fails before any run.</summary>
public static class SweepPlan
{
    /// <summary>The experiment of <paramref name="request"/> on <paramref name="scenarios"/>, simulated by code <paramref name="codeVersion"/>.</summary>
    public static ExperimentSpec Create(PointScenarios scenarios, SweepRequest request, string codeVersion)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Parameters;
        var combos = request.Design switch
        {
            "lhs" => SweepDesign.LatinHypercube(parameters, Size(request), request.Seed).Select(c => (IReadOnlyList<string?>)[.. c]).ToList(),
            "sobol" => SweepDesign.Saltelli(parameters, Size(request), request.Seed).Select(c => (IReadOnlyList<string?>)[.. c]).ToList(),
            "oat" => [.. SweepDesign.OneAtATime(parameters)],
            "grid" => SweepDesign.Grid(parameters).Select(c => (IReadOnlyList<string?>)[.. c]).ToList(),
            var other => throw new InputException("design", null, null, $"'{other}': use grid, lhs, sobol or oat"),
        };
        var spec = new ExperimentSpec
        {
            Kind = "sweep",
            Name = request.Name,
            Scenario = scenarios.DisplayName,
            ScenarioHash = ExperimentSpec.Hash(scenarios.Text),
            Runs = request.Runs,
            Seed = request.Seed,
            CodeVersion = codeVersion,
            Design = request.Design,
            HorizonDays = request.HorizonDays,
            Parameters = [.. parameters.Select(p => p.Path)],
            Points = SweepDesign.Points(request.Hypotheses, parameters, combos),
        };
        foreach (var point in spec.Points)
        {
            scenarios.Model(point);
        }
        return spec;
    }

    private static int Size(SweepRequest request) =>
        request.Size ?? throw new InputException("design", null, null, $"the {request.Design} design needs a sample size");
}
