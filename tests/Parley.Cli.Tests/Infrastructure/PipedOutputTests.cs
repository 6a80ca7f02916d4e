using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Infrastructure;

/// <summary>Issue 12, §6: when standard output is not a terminal, tables are TSV with a header line.</summary>
public sealed class PipedOutputTests
{
    [Fact]
    public void Analyze_tables_are_tab_separated_with_a_header_and_unbroken_numbers()
    {
        var result = ParleyCli.RunPiped("analyze", TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml"));
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("point\t", StringComparison.Ordinal));
        Assert.True(header >= 0, result.Stdout);
        Assert.Equal("point\tIsrael\tHamas\ttext", lines[header]);
        Assert.Equal("# Solution points", lines[header - 1]);
        // Every row has the header's four fields, and each utility is one whole number.
        var rows = lines.Skip(header + 1).TakeWhile(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            var fields = r.Split('\t');
            Assert.Equal(4, fields.Length);
            Assert.Matches(@"^-?\d+\.\d+$", fields[1]);
            Assert.Matches(@"^-?\d+\.\d+$", fields[2]);
        });
        Assert.DoesNotContain("│", result.Stdout);
    }

    [Fact]
    public void Json_stays_json_when_piped()
    {
        var piped = ParleyCli.RunPiped("analyze", TestFiles.Example, "--format", "json");
        var terminal = ParleyCli.Run("analyze", TestFiles.Example, "--format", "json");
        Assert.Equal(terminal.Stdout, piped.Stdout);
    }
}
