using System.Globalization;
using System.Text;
using Parley.Domain;
using Parley.Formats.Csv;
using Parley.Formats.Runs;
using Parley.Store.Database;
using Parley.Store.Experiments;

namespace Parley.Store.Export;

/// <summary>
/// An experiment as one tidy table: one row per run, point by point in run order, the columns
/// <c>point</c>, <c>hypothesis</c>, one column per varied path (its value at the point), then the run
/// table of <c>simulate --out</c> (<see cref="RunTable"/>). Equal stores give equal bytes, however the
/// runs were split into shards or resumed.
/// </summary>
public static class ExperimentCsvWriter
{
    /// <summary>The parameter and point columns that come before the run table.</summary>
    public static IReadOnlyList<string> PrefixColumns(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ["point", "hypothesis", .. spec.Parameters];
    }

    /// <summary>The prefix cells of <paramref name="point"/>; a parameter the point leaves as the file says is empty.</summary>
    public static IReadOnlyList<string> PrefixCells(ExperimentSpec spec, ExperimentPoint point)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(point);
        return [point.Index.ToString(CultureInfo.InvariantCulture), point.Hypothesis, .. spec.Parameters.Select(p => point.ValueOf(p) ?? "")];
    }

    /// <summary>Writes the table (UTF-8, LF); an incomplete experiment is an <see cref="InputException"/>.</summary>
    public static void Write(Stream stream, ExperimentStore store, StoredExperiment experiment)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(writer, store, experiment);
    }

    /// <summary>Writes the table to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, ExperimentStore store, StoredExperiment experiment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(experiment);
        RequireComplete(store, experiment);
        var spec = experiment.Spec;
        using var csv = new CsvWriter(writer);
        var columns = store.Columns(experiment.Id);
        csv.WriteRow([.. PrefixColumns(spec), .. RunTable.FixedColumns, .. columns.Select(c => c.Name)]);
        foreach (var point in spec.Points)
        {
            RunCsvWriter.WriteRows(csv, StoredResults.Point(store, spec, point.Index), PrefixCells(spec, point));
        }
    }

    /// <summary>Throws unless every run of every point is stored.</summary>
    public static void RequireComplete(ExperimentStore store, StoredExperiment experiment)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(experiment);
        if (experiment.StoredRuns != experiment.PlannedRuns)
        {
            throw new InputException(store.Target.Display, null, null,
                $"experiment {experiment.Id} has {experiment.StoredRuns} of {experiment.PlannedRuns} runs: finish it by running the same command again (or every shard)");
        }
    }
}
