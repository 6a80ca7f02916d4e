using Parley.Domain.Endings;
using Parley.Formats.Runs;
using Parley.Simulation;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parquet;
using Parquet.Schema;

namespace Parley.Store.Export;

/// <summary>The table of <see cref="ExperimentCsvWriter"/> as Parquet: one row group per point, the prefix columns as strings (int32 point), the run table typed as in <see cref="RunParquetWriter"/>.</summary>
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
        var run = new DataField<int>("run");
        var ending = new DataField<string>("ending");
        var prevailing = new DataField<string>("prevailing", nullable: true);
        var rounds = new DataField<int>("rounds");
        var days = new DataField<double>("days");
        var agreement = new DataField<double?>("daysToAgreement");
        var ceasefire = new DataField<double?>("ceasefireDays");
        var brokenBy = new DataField<string>("brokenBy", nullable: true);
        var followedBy = new DataField<string>("followedBy", nullable: true);
        var casualtiesA = new DataField<double>("casualtiesA");
        var casualtiesB = new DataField<double>("casualtiesB");
        var values = columns.Select(c => new DataField<double?>(c.Name)).ToArray();
        var schema = new ParquetSchema([point, hypothesis, .. parameters, run, ending, prevailing, rounds, days, agreement, ceasefire, brokenBy, followedBy, casualtiesA, casualtiesB, .. values]);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var p in spec.Points)
        {
            var result = StoredResults.Point(store, spec, p.Index);
            var n = result.Runs;
            var r = result.RecordSpan.ToArray();
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(point, Enumerable.Repeat(p.Index, n).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(hypothesis, Enumerable.Repeat(p.Hypothesis, n).ToArray()).ConfigureAwait(false);
            for (var i = 0; i < parameters.Length; i++)
            {
                await group.WriteAsync(parameters[i], Enumerable.Repeat(p.ValueOf(spec.Parameters[i])!, n).ToArray()).ConfigureAwait(false);
            }
            await group.WriteAsync<int>(run, Enumerable.Range(0, n).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ending, [.. r.Select(x => EndingNames.Name(x.Ending))]).ConfigureAwait(false);
            await group.WriteAsync(prevailing, [.. r.Select(x => EndingNames.Name(x.Prevailing))]).ConfigureAwait(false);
            await group.WriteAsync<int>(rounds, r.Select(x => x.Rounds).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(days, r.Select(x => x.Days).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(agreement, r.Select(x => Nullable(x.AgreementDay)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(ceasefire, r.Select(x => Nullable(x.CeasefireDays)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(brokenBy, [.. r.Select(x => EndingNames.Name(x.BrokenBy))]).ConfigureAwait(false);
            await group.WriteAsync(followedBy, [.. r.Select(x => x.FollowedBy is { } f ? EndingNames.Name(f) : null!)]).ConfigureAwait(false);
            await group.WriteAsync<double>(casualtiesA, r.Select(x => x.CasualtiesA).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(casualtiesB, r.Select(x => x.CasualtiesB).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < values.Length; c++)
            {
                var column = result.ColumnValues(c).Select(Nullable).ToArray();
                await group.WriteAsync<double>(values[c], column, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;
}
