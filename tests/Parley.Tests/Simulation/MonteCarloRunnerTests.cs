using System.Text;
using Parley.Conflict.Models;
using Parley.Domain;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Formats.Runs;
using Parley.Simulation.Summaries;

namespace Parley.Tests.Simulation;

public class MonteCarloRunnerTests
{
    private static MonteCarloResult SmithStam(int runs, ulong seed, int threads) =>
        MonteCarloRunner.Run(SmithStamModel.Descriptor.CreateDefault(), new MonteCarloOptions(runs, seed, threads));

    private static string Csv(MonteCarloResult result)
    {
        using var stream = new MemoryStream();
        RunCsvWriter.Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] Parquet(MonteCarloResult result)
    {
        using var stream = new MemoryStream();
        RunParquetWriter.WriteAsync(stream, result).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    [Theory]
    [InlineData("smith-stam")]
    [InlineData("filson-werner")]
    [InlineData("slantchev")]
    [InlineData("fearon")]
    public void Output_is_identical_for_one_two_and_four_threads(string model)
    {
        var descriptor = ModelCatalog.Find(model);
        var results = new[] { 1, 2, 4 }
            .Select(t => MonteCarloRunner.Run(descriptor.CreateDefault(), new MonteCarloOptions(5_003, 42, t)))
            .ToArray();
        var json = results.Select(r => SummaryJsonWriter.ToJson(SimulationSummary.Of(r))).ToArray();
        var csv = results.Select(Csv).ToArray();
        var parquet = results.Select(Parquet).ToArray();
        for (var i = 1; i < results.Length; i++)
        {
            Assert.True(results[0].RecordSpan.SequenceEqual(results[i].RecordSpan));
            Assert.Equal(results[0].Values.Select(BitConverter.DoubleToInt64Bits), results[i].Values.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(json[0], json[i]);
            Assert.Equal(csv[0], csv[i]);
            Assert.Equal(parquet[0], parquet[i]);
        }
    }

    [Fact]
    public void Run_i_depends_only_on_the_seed_and_its_index()
    {
        var small = SmithStam(300, 5, 2);
        var large = SmithStam(1_000, 5, 2);
        Assert.True(small.RecordSpan.SequenceEqual(large.RecordSpan[..300]));
        // ... and it is the run the model gives for CounterRandom(seed, i) on its own.
        var model = SmithStamModel.Descriptor.CreateDefault();
        var random = new CounterRandom(5, 123);
        var values = new double[model.Columns.Count];
        Array.Fill(values, double.NaN);
        Assert.Equal(model.Run(ref random, values), small.RecordSpan[123]);
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), small.ValuesOf(123).ToArray().Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Different_seeds_give_different_runs()
    {
        Assert.False(SmithStam(500, 1, 1).RecordSpan.SequenceEqual(SmithStam(500, 2, 1).RecordSpan));
    }

    [Fact]
    public void Cancellation_keeps_a_contiguous_prefix_of_the_full_simulation()
    {
        var full = SmithStam(200_000, 9, 1);
        using var cancel = new CancellationTokenSource();
        var stopping = new StopAfter(SmithStamModel.Descriptor.CreateDefault(), 20_000, cancel);
        var progress = new SimulationProgress();
        var partial = MonteCarloRunner.Run(stopping, new MonteCarloOptions(200_000, 9, 2), progress, cancel.Token);
        Assert.False(partial.IsComplete);
        Assert.InRange(partial.Runs, 1, 199_999);
        Assert.True(progress.Completed >= partial.Runs);
        Assert.True(partial.RecordSpan.SequenceEqual(full.RecordSpan[..partial.Runs]));
        Assert.Equal(partial.Runs, SimulationSummary.Of(partial).Runs);
        Assert.Equal(200_000, SimulationSummary.Of(partial).RequestedRuns);
    }

    [Fact]
    public void A_token_cancelled_before_the_start_keeps_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var result = MonteCarloRunner.Run(SmithStamModel.Descriptor.CreateDefault(), new MonteCarloOptions(1_000, 1, 2), null, cancel.Token);
        Assert.Equal(0, result.Runs);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Progress_counts_every_run()
    {
        var progress = new SimulationProgress();
        MonteCarloRunner.Run(SmithStamModel.Descriptor.CreateDefault(), new MonteCarloOptions(3_001, 1, 2), progress);
        Assert.Equal(3_001, progress.Completed);
    }

    [Fact]
    public void A_failing_model_fails_the_simulation_on_the_caller_thread()
    {
        var ex = Assert.Throws<ModelException>(() => MonteCarloRunner.Run(new Failing(), new MonteCarloOptions(100, 1, 2)));
        Assert.Equal("boom", ex.Message);
    }

    [Theory]
    [InlineData(0, 1, "runs is 0: simulate at least 1 run")]
    [InlineData(-5, 1, "runs is -5: simulate at least 1 run")]
    [InlineData(10, 0, "threads is 0: use at least 1 thread")]
    public void Bad_options_get_one_line_errors(int runs, int threads, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => new MonteCarloOptions(runs, 1, threads));
        Assert.Equal(expected, ex.Message);
    }

    /// <summary>Wraps a model and cancels the simulation once it has started a given number of runs.</summary>
    private sealed class StopAfter(IRunModel inner, int runs, CancellationTokenSource cancel) : IRunModel
    {
        private int _started;

        public string Name => inner.Name;

        public IReadOnlyList<RunValueColumn> Columns => inner.Columns;

        public RunRecord Run(ref CounterRandom random, Span<double> values)
        {
            if (Interlocked.Increment(ref _started) == runs)
            {
                cancel.Cancel();
            }
            return inner.Run(ref random, values);
        }
    }

    private sealed class Failing : IRunModel
    {
        public string Name => "failing";

        public IReadOnlyList<RunValueColumn> Columns => [];

        public RunRecord Run(ref CounterRandom random, Span<double> values) => throw new ModelException("boom");
    }
}
