using Parley.Formats.Runs;
using Parley.Tests.Simulation.Summaries;
using Parquet;
using Parquet.Schema;

namespace Parley.Tests.Simulation.Export;

public class RunParquetWriterTests
{
    [Fact]
    public async Task Round_trips_through_a_parquet_reader()
    {
        using var stream = new MemoryStream();
        await RunParquetWriter.WriteAsync(stream, SimulationSummaryTests.HandMade());
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(RunTable.FixedColumns.Concat(["shareA"]), reader.Schema.GetDataFields().Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(4, group.RowCount);
        var fields = reader.Schema.GetDataFields();
        var rounds = new int[4];
        await group.ReadAsync<int>((DataField)fields.Single(f => f.Name == "rounds"), rounds.AsMemory());
        Assert.Equal([2, 5, 1, 6], rounds);
        var agreement = new double?[4];
        await group.ReadAsync<double>((DataField)fields.Single(f => f.Name == "daysToAgreement"), agreement.AsMemory());
        Assert.Equal([14, null, 7, 21], agreement);
        var endings = new string?[4];
        await group.ReadAsync((DataField)fields.Single(f => f.Name == "ending"), endings.AsMemory());
        Assert.Equal(new string?[] { "negotiated-settlement", "military-victory", "ceasefire-held", "ceasefire-collapsed" }, endings);
    }
}
