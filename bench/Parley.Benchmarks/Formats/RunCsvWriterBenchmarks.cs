using System.Globalization;
using BenchmarkDotNet.Attributes;
using Parley.Conflict.Models;
using Parley.Formats.Runs;
using Parley.Simulation;

namespace Parley.Benchmarks.Formats;

/// <summary>
/// The per-run CSV table of 100,000 Smith &amp; Stam runs (what <c>parley simulate --out runs.csv</c>
/// writes), into a reused in-memory writer: the CSV writer's cost per record.
/// </summary>
[MemoryDiagnoser]
public class RunCsvWriterBenchmarks
{
    private readonly StringWriter _writer = new(CultureInfo.InvariantCulture);
    private MonteCarloResult _result = null!;

    [GlobalSetup]
    public void Setup() =>
        _result = MonteCarloRunner.Run(SmithStamModel.Descriptor.CreateDefault(), new MonteCarloOptions(100_000, seed: 1));

    [Benchmark]
    public int WriteHundredThousandRuns()
    {
        _writer.GetStringBuilder().Clear();
        RunCsvWriter.Write(_writer, _result);
        return _writer.GetStringBuilder().Length;
    }
}
