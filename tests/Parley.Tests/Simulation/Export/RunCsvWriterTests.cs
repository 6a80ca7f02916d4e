using System.Text;
using Parley.Formats.Runs;
using Parley.Tests.Simulation.Summaries;

namespace Parley.Tests.Simulation.Export;

public class RunCsvWriterTests
{
    [Fact]
    public void Writes_a_header_and_one_row_per_run_with_empty_cells_for_missing_values()
    {
        using var stream = new MemoryStream();
        RunCsvWriter.Write(stream, SimulationSummaryTests.HandMade());
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal("run,ending,prevailing,rounds,days,daysToAgreement,ceasefireDays,brokenBy,followedBy,casualtiesA,casualtiesB,shareA", lines[0]);
        Assert.Equal("0,negotiated-settlement,,2,14,14,,,,1,2,0.6", lines[1]);
        Assert.Equal("1,military-victory,a,5,35,,,,,3,9,", lines[2]);
        Assert.Equal("3,ceasefire-collapsed,b,6,120,21,60,a,military-victory,4,2,0.5", lines[4]);
        Assert.Equal("", lines[^1]);
        Assert.Equal(6, lines.Length);
    }
}
