using BenchmarkDotNet.Attributes;
using Parley.Data;
using Parley.Data.Csv;
using Parley.Data.Datasets;

namespace Parley.Benchmarks.Data;

/// <summary>The CSV reader alone, on the widest dataset (ETH/PRIO: 4,091 records x 87 fields) held in memory.</summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(DatasetCatalog.EthPrioCeasefires.PathIn(BenchData.Datasets));

    [Benchmark]
    public int ReadAllFields()
    {
        using var reader = new CsvReader(new StringReader(_text), "eth");
        var fields = 0;
        while (reader.Read())
        {
            fields += reader.FieldCount;
        }
        return fields;
    }
}
