namespace Parley.Simulation;

/// <summary>
/// The finished runs of a Monte Carlo simulation: always the contiguous prefix 0..Runs-1 of the
/// requested run indices, so a run stopped early (Ctrl-C) still reproduces exactly the first runs
/// of the full simulation under the same seed.
/// </summary>
public sealed class MonteCarloResult
{
    internal MonteCarloResult(string model, IReadOnlyList<RunValueColumn> columns, MonteCarloOptions options, RunRecord[] records, double[] values)
    {
        Model = model;
        Columns = columns;
        Options = options;
        Records = records;
        Values = values;
    }

    /// <summary>
    /// A result rebuilt from stored runs (an experiment store): <paramref name="records"/> in run order and
    /// their value rows, <paramref name="values"/> (one row of <paramref name="columns"/>.Count numbers per run).
    /// </summary>
    public static MonteCarloResult FromRecords(string model, IReadOnlyList<RunValueColumn> columns, MonteCarloOptions options, RunRecord[] records, double[] values)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != records.Length * columns.Count || records.Length > options.Runs)
        {
            throw new ArgumentException($"{records.Length} records with {values.Length} values do not fit {columns.Count} columns and {options.Runs} runs", nameof(values));
        }
        return new MonteCarloResult(model, columns, options, records, values);
    }

    /// <summary>The simulated model's name.</summary>
    public string Model { get; }

    /// <summary>The model's value columns.</summary>
    public IReadOnlyList<RunValueColumn> Columns { get; }

    /// <summary>The options asked for.</summary>
    public MonteCarloOptions Options { get; }

    /// <summary>Runs finished (the prefix of run indices kept).</summary>
    public int Runs => Records.Length;

    /// <summary>True when every requested run finished.</summary>
    public bool IsComplete => Records.Length == Options.Runs;

    /// <summary>One record per finished run, indexed by run index.</summary>
    public ReadOnlySpan<RunRecord> RecordSpan => Records;

    /// <summary>The run records in run-index order, as memory (for asynchronous writers).</summary>
    public ReadOnlyMemory<RunRecord> RecordMemory => Records;

    /// <summary>The value row of run <paramref name="run"/> (one number per column).</summary>
    public ReadOnlySpan<double> ValuesOf(int run) => Values.AsSpan(run * Columns.Count, Columns.Count);

    /// <summary>Value <paramref name="column"/> of every run, in run order.</summary>
    public double[] ColumnValues(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
        var result = new double[Runs];
        var width = Columns.Count;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Values[(i * width) + column];
        }
        return result;
    }

    internal RunRecord[] Records { get; }

    internal double[] Values { get; }
}
