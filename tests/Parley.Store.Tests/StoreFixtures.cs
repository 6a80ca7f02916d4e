using Parley.Application;
using Parley.Formats.Overrides;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Sweeps;

namespace Parley.Store.Tests;

/// <summary>Stores on both backends and a small sweep of the Gaza scenario to fill them.</summary>
internal static class StoreFixtures
{
    public static StoreTarget Target(string backend, PostgresServer postgres) => backend switch
    {
        "sqlite" => new StoreTarget(Path.Combine(Files.TempDirectory(), "parley.db")),
        _ => new StoreTarget(postgres.NewDatabase()),
    };

    public static PointScenarios Gaza() => new(ScenarioSource.File(Files.Gaza), null, "no datasets in these tests", null);

    /// <summary>A 2 x 2 grid over two Gaza values, both hypotheses: 8 points.</summary>
    public static ExperimentSpec Sweep(PointScenarios scenarios, int runs, ulong seed = 7)
    {
        var parameters = new[]
        {
            SweepParameter.Parse("war.battle_win_probability=0.5,0.56"),
            SweepParameter.Parse("war.control_step=0.01..0.03:2"),
        };
        var hypotheses = scenarios.Base().HypothesisNames.Take(2).ToArray();
        return new ExperimentSpec
        {
            Kind = "sweep",
            Scenario = scenarios.DisplayName,
            ScenarioHash = ExperimentSpec.Hash(scenarios.Text),
            Runs = runs,
            Seed = seed,
            CodeVersion = "test",
            Design = "grid",
            Parameters = [.. parameters.Select(p => p.Path)],
            Points = SweepDesign.Points(hypotheses, parameters, [.. SweepDesign.Grid(parameters).Select(c => (IReadOnlyList<string?>)[.. c])]),
        };
    }

    public static ScenarioOverride Set(string text) => ScenarioOverride.Parse(text);
}
