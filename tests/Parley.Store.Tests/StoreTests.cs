using System.Text;
using Parley.Formats.Runs;
using Parley.Simulation;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Export;

namespace Parley.Store.Tests;

/// <summary>The experiment store on SQLite and on PostgreSQL: migrations, round trips, shards, no duplicates.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreTests(PostgresServer postgres)
{
    public static TheoryData<string> Backends => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Backends))]
    public void Opening_migrates_to_the_latest_schema_once(string backend)
    {
        var target = StoreFixtures.Target(backend, postgres);
        using (var store = ExperimentStore.Open(target))
        {
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
        }
        using var again = ExperimentStore.Open(target);
        Assert.Equal(1, again.SchemaVersion);
        Assert.Empty(again.List());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Stored_runs_read_back_as_the_simulation_that_made_them(string backend)
    {
        var scenarios = StoreFixtures.Gaza();
        var spec = StoreFixtures.Sweep(scenarios, runs: 120);
        using var store = ExperimentStore.Open(StoreFixtures.Target(backend, postgres));
        store.Register(spec, DateTimeOffset.UnixEpoch);
        var model = scenarios.Model(spec.Points[3]);
        var stored = ExperimentRunner.RunPoint(store, spec, 3, model, threads: 2, batch: 50);
        var direct = MonteCarloRunner.Run(model, new MonteCarloOptions(120, spec.Seed, 1));
        Assert.Equal(Csv(direct), Csv(stored));
        Assert.Equal(120, store.StoredRuns(spec.Id, 3, 0, 120));
        Assert.NotNull(store.Summary(spec.Id, 3));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Shards_in_any_order_and_a_repeated_shard_give_the_export_of_one_process(string backend)
    {
        var scenarios = StoreFixtures.Gaza();
        var spec = StoreFixtures.Sweep(scenarios, runs: 60);
        string Export(ExperimentStore store)
        {
            using var writer = new StringWriter();
            ExperimentCsvWriter.Write(writer, store, store.Find(spec.Id));
            return writer.ToString();
        }

        using var whole = ExperimentStore.Open(StoreFixtures.Target(backend, postgres));
        whole.Register(spec, DateTimeOffset.UnixEpoch);
        var all = ExperimentRunner.Run(whole, spec, scenarios, Shard.All, threads: 2, batch: 25);
        Assert.Equal(8 * 60, all.Done);

        using var parts = ExperimentStore.Open(StoreFixtures.Target(backend, postgres));
        parts.Register(spec, DateTimeOffset.UnixEpoch);
        foreach (var i in new[] { 2, 0, 3, 1, 2 })
        {
            ExperimentRunner.Run(parts, spec, scenarios, new Shard(i, 4), threads: 1, batch: 25);
        }
        var text = Export(parts);
        Assert.Equal(Export(whole), text);
        // A header and one row per run: 8 points x 60 runs, no run twice.
        Assert.Equal(1 + (8 * 60), text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("point,hypothesis,war.battle_win_probability,war.control_step,run,ending,", text);
        Assert.Equal(8 * 60, parts.Find(spec.Id).StoredRuns);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_incomplete_experiment_cannot_be_exported(string backend)
    {
        var scenarios = StoreFixtures.Gaza();
        var spec = StoreFixtures.Sweep(scenarios, runs: 40);
        using var store = ExperimentStore.Open(StoreFixtures.Target(backend, postgres));
        store.Register(spec, DateTimeOffset.UnixEpoch);
        ExperimentRunner.Run(store, spec, scenarios, new Shard(0, 2), threads: 1, batch: 40);
        var e = store.Find(spec.Id[..6]);
        Assert.Equal(4 * 40, e.StoredRuns);
        var ex = Assert.Throws<Domain.InputException>(() => ExperimentCsvWriter.Write(new StringWriter(), store, e));
        Assert.Contains("160 of 320 runs", ex.Message);
    }

    private static string Csv(MonteCarloResult result)
    {
        using var stream = new MemoryStream();
        RunCsvWriter.Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
