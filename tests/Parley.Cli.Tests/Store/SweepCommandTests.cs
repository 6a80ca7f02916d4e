using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Store;

/// <summary><c>parley sweep</c> and <c>parley runs list|show|export|diff</c> in process.</summary>
public sealed class SweepCommandTests
{
    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void A_one_at_a_time_sweep_records_every_point_and_writes_the_sensitivity_report()
    {
        var dir = TestFiles.TempDirectory();
        var store = Path.Combine(dir, "s.db");
        var report = Path.Combine(dir, "report");
        var result = ParleyCli.Run("sweep", Gaza, "--oat", "--vary", "war.control_step=0.01,0.04", "--vary", "war.sides.Israel.cost_tolerance=0.3,0.9",
            "--runs", "100", "--seed", "2", "--store", store, "--report", report, "--name", "oat-test");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("(oat, 5 points x 100 runs)", result.Stdout);
        Assert.Contains("500 of 500 runs stored", result.Stdout);
        var page = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.Contains("data-chart=\"tornado\"", page);
        Assert.Contains("data-chart=\"response\"", page);
        var csv = File.ReadAllLines(Path.Combine(report, "sensitivity.csv"));
        Assert.Equal("hypothesis,outcome,parameter,baseline,low,high,swing,firstOrder,total", csv[0]);

        var list = ParleyCli.Run("runs", "list", "--store", store);
        Assert.Contains("oat-test", list.Stdout);
        var show = ParleyCli.Run("runs", "show", "oat-test", "--store", store);
        Assert.Contains("500 of 500 runs stored", show.Stdout);
        var export = ParleyCli.Run("runs", "export", "oat-test", "--store", store);
        var lines = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(501, lines.Length);
        Assert.StartsWith("point,hypothesis,war.control_step,war.sides.Israel.cost_tolerance,run,ending,", lines[0]);
        // The baseline point leaves both values as the file says: empty cells.
        Assert.StartsWith("0,limited-aims,,,0,", lines[1]);
        Assert.StartsWith("4,limited-aims,,0.9,99,", lines[^1]);
        var parquet = Path.Combine(dir, "runs.parquet");
        Assert.Equal(0, ParleyCli.Run("runs", "export", "oat-test", "--store", store, "--out", parquet).ExitCode);
        Assert.True(new FileInfo(parquet).Length > 1000);
    }

    [Fact]
    public void Diff_compares_two_experiments_point_by_point()
    {
        var dir = TestFiles.TempDirectory();
        var store = Path.Combine(dir, "d.db");
        Assert.Equal(0, ParleyCli.Run("simulate", Gaza, "--runs", "200", "--store", store, "--format", "json").ExitCode);
        Assert.Equal(0, ParleyCli.Run("simulate", Gaza, "--runs", "200", "--store", store, "--format", "json", "--set", "war.control_step=0.04").ExitCode);
        var ids = System.Text.RegularExpressions.Regex.Matches(ParleyCli.Run("runs", "list", "--store", store).Stdout, "[0-9a-f]{16}").Select(m => m.Value).ToList();
        Assert.Equal(2, ids.Count);
        var diff = ParleyCli.Run("runs", "diff", ids[0], ids[1], "--store", store);
        Assert.True(diff.ExitCode == 0, diff.Stderr);
        Assert.Contains("B - A", diff.Stdout);
        Assert.Contains("ceasefire-held", diff.Stdout);
    }

    [Fact]
    public void Bad_sweeps_are_one_line_errors()
    {
        var store = Path.Combine(TestFiles.TempDirectory(), "e.db");
        ErrorAssert.OneLine(ParleyCli.Run("sweep", Gaza, "--vary", "war.control_stp=0.01,0.02", "--runs", "10", "--store", store), "nearest: war.control_step");
        ErrorAssert.OneLine(ParleyCli.Run("sweep", Gaza, "--runs", "10", "--store", store), "--vary");
        ErrorAssert.OneLine(ParleyCli.Run("sweep", Gaza, "--vary", "war.control_step=0.01..0.02", "--store", store), "LO..HI:N");
        ErrorAssert.OneLine(ParleyCli.Run("sweep", Gaza, "--vary", "war.control_step=0.01,0.02", "--shard", "3/3", "--store", store), "i/N");
        ErrorAssert.OneLine(ParleyCli.Run("runs", "show", "nothing", "--store", store), "no experiment store here");
    }

    [Fact]
    public void Analyze_and_negotiate_record_their_result_when_a_store_is_named()
    {
        var store = Path.Combine(TestFiles.TempDirectory(), "a.db");
        var analyze = ParleyCli.Run("analyze", Gaza, "--format", "json", "--hypothesis", "hamas-maximal", "--set", "parties.Hamas.reservation=0.05", "--store", store);
        Assert.True(analyze.ExitCode == 0, analyze.Stderr);
        var negotiate = ParleyCli.Run("negotiate", TestFiles.Example, "--protocol", "mediated", "--strategies", "boulware,conceder", "--store", store);
        Assert.True(negotiate.ExitCode == 0, negotiate.Stderr);
        var list = ParleyCli.Run("runs", "list", "--store", store).Stdout;
        Assert.Contains("analyze", list);
        Assert.Contains("negotiate", list);
        // The analyze experiment's id, from its own line (the list's order follows the ids, which hash the content).
        var line = list.Split('\n').First(l => l.Contains("analyze", StringComparison.Ordinal));
        var id = System.Text.RegularExpressions.Regex.Match(line, "[0-9a-f]{16}").Value;
        var show = ParleyCli.Run("runs", "show", id, "--store", store);
        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Contains("hamas-maximal", show.Stdout);
    }

    [Fact]
    public void Run_records_every_hypothesis_and_a_second_run_reads_them_back_with_the_same_summary()
    {
        var dir = TestFiles.TempDirectory();
        var store = Path.Combine(dir, "r.db");
        var first = ParleyCli.Run("run", "--runs", "100", "--out", Path.Combine(dir, "a"), "--store", store);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var list = ParleyCli.Run("runs", "list", "--store", store).Stdout;
        Assert.Matches(@"run\s.*\s(\d+) / \1\s", list);
        var second = ParleyCli.Run("run", "--runs", "100", "--out", Path.Combine(dir, "b"), "--store", store);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "a", "endings.csv")), File.ReadAllText(Path.Combine(dir, "b", "endings.csv")));
    }

    [Fact]
    public void Run_of_a_scenario_without_a_war_records_no_point_it_cannot_complete()
    {
        var dir = TestFiles.TempDirectory();
        var store = Path.Combine(dir, "nowar.db");
        var result = ParleyCli.Run("run", TestFiles.Repo("scenarios", "example", "scenario.yaml"), "--runs", "50", "--out", Path.Combine(dir, "out"), "--store", store);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("nothing recorded in", result.Stderr);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void The_experiment_records_the_code_version_with_its_commit_and_its_id_hashes_it()
    {
        var dir = TestFiles.TempDirectory();
        var store = Path.Combine(dir, "v.db");
        var result = ParleyCli.Run("sweep", Gaza, "--vary", "war.control_step=0.01,0.02", "--runs", "20", "--store", store, "--report", Path.Combine(dir, "report"), "--name", "versioned");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var show = ParleyCli.Run("runs", "show", "versioned", "--store", store).Stdout;
        // Built from a git checkout (as CI and every developer build), the version names the commit.
        Assert.Matches(@"code \S+ \(commit [0-9a-f]{7}\)", show);
        Assert.Contains($"code {Parley.Cli.Infrastructure.ParleyApp.Version}", show);
        using var opened = Parley.Store.Database.ExperimentStore.Open(new Parley.Store.Database.StoreTarget(store));
        var spec = opened.Find("versioned").Spec;
        Assert.Equal(spec.Id, opened.Find("versioned").Id);
        Assert.NotEqual(spec.Id, (spec with { CodeVersion = "1.0.0 (commit 0000000)" }).Id);
    }

    [Fact]
    public void A_cluster_needs_a_postgresql_store_and_no_shard()
    {
        var dir = TestFiles.TempDirectory();
        var sqlite = Path.Combine(dir, "c.db");
        var onSqlite = ParleyCli.Run("sweep", Gaza, "--vary", "war.control_step=0.01,0.02", "--runs", "10", "--cluster", sqlite);
        Assert.Equal(2, onSqlite.ExitCode);
        Assert.Contains("a cluster meets in a PostgreSQL store", onSqlite.Stderr);
        var withShard = ParleyCli.Run("sweep", Gaza, "--vary", "war.control_step=0.01,0.02", "--runs", "10", "--shard", "0/2", "--cluster", "postgresql://127.0.0.1/parley");
        Assert.Equal(2, withShard.ExitCode);
        Assert.Contains("not both", withShard.Stderr);
        var silo = ParleyCli.Run("silo", "--store", sqlite);
        Assert.Equal(2, silo.ExitCode);
        Assert.Contains("a cluster meets in a PostgreSQL store", silo.Stderr);
        Assert.False(File.Exists(sqlite));
    }
}
