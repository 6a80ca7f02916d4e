using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

/// <summary><c>parley simulate scenario.yaml --out runs.csv</c> also writes <c>runs.agreements.csv</c>: every agreement of every run.</summary>
public sealed class ScenarioAgreementsTableTests
{
    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void The_long_table_has_one_row_per_agreement_of_every_run()
    {
        var directory = TestFiles.TempDirectory();
        var runs = Path.Combine(directory, "runs.csv");
        var result = ParleyCli.Run("simulate", Gaza, "--runs", "200", "--seed", "2", "--out", runs);
        Assert.Equal(0, result.ExitCode);
        var runLines = File.ReadAllLines(runs);
        var agreementLines = File.ReadAllLines(Path.Combine(directory, "runs.agreements.csv"));
        Assert.Equal("run,agreement,day,text,acceptedBy,brokenBy,brokenDay,vetoes,events", agreementLines[0]);
        var header = runLines[0].Split(',');
        var agreementsColumn = Array.IndexOf(header, "agreements");
        var total = runLines.Skip(1).Sum(l => int.Parse(l.Split(',')[agreementsColumn], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(total, agreementLines.Length - 1);
        Assert.Contains(" = ", agreementLines[1]);
    }

    [Fact]
    public void Parquet_writes_the_long_table_beside_too()
    {
        var directory = TestFiles.TempDirectory();
        var result = ParleyCli.Run("simulate", Gaza, "--runs", "50", "--seed", "2", "--out", Path.Combine(directory, "runs.parquet"));
        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(Path.Combine(directory, "runs.agreements.parquet")).Length > 0);
    }
}
