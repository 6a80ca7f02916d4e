using Parley.Domain.Endings;
using Parley.Formats.Runs;
using Parley.Simulation;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parquet;
using Parquet.Schema;

namespace Parley.Store.Export;

/// <summary>The table of <see cref="ExperimentCsvWriter"/> as Parquet: one row group per point, the prefix columns as strings (int32 point), the run table's columns those of <see cref="RunParquetWriter"/> (<see cref="RunParquetColumns"/>).</summary>
public static class ExperimentParquetWriter
{
    /// <summary>Writes the table.</summary>
    public static async Task WriteAsync(Stream stream, ExperimentStore store, StoredExperiment experiment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(experiment);
        ExperimentCsvWriter.RequireComplete(store, experiment);
        var spec = experiment.Spec;
        var columns = store.Columns(experiment.Id);
        var point = new DataField<int>("point");
        var hypothesis = new DataField<string>("hypothesis");
        var parameters = spec.Parameters.Select(p => new DataField<string>(p, nullable: true)).ToArray();
        var runColumns = new RunParquetColumns(columns);
        var schema = new ParquetSchema([point, hypothesis, .. parameters, .. runColumns.Fields]);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var p in spec.Points)
        {
            var result = StoredResults.Point(store, spec, p.Index);
            var n = result.Runs;
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(point, Enumerable.Repeat(p.Index, n).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(hypothesis, Enumerable.Repeat(p.Hypothesis, n).ToArray()).ConfigureAwait(false);
            for (var i = 0; i < parameters.Length; i++)
            {
                await group.WriteAsync(parameters[i], Enumerable.Repeat(p.ValueOf(spec.Parameters[i])!, n).ToArray()).ConfigureAwait(false);
            }
            await runColumns.WriteAsync(group, result, 0, n, cancellationToken).ConfigureAwait(false);
        }
    }
}
