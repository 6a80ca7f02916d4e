using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text.Json;
using Parley.Domain.Endings;
using Parley.Simulation;

namespace Parley.Store.Database;

/// <summary>The per-run rows: written with one prepared statement per batch, read back in run order.</summary>
public sealed partial class ExperimentStore
{
    private void SetColumns(string experiment, IReadOnlyList<RunValueColumn> columns, DbTransaction tx)
    {
        using var command = Command("UPDATE experiments SET value_columns = @c WHERE id = @e AND value_columns IS NULL", tx);
        Add(command, "c", JsonSerializer.Serialize(columns.Select(c => new { name = c.Name, description = c.Description, isAgreedTerm = c.IsAgreedTerm })));
        Add(command, "e", experiment);
        command.ExecuteNonQuery();
    }

    /// <summary>The value columns of an experiment's model (empty before its first run is stored).</summary>
    public IReadOnlyList<RunValueColumn> Columns(string experiment)
    {
        using var command = Command("SELECT value_columns FROM experiments WHERE id = @e");
        Add(command, "e", experiment);
        if (command.ExecuteScalar() is not string json)
        {
            return [];
        }
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(c => new RunValueColumn(
            c.GetProperty("name").GetString()!, c.GetProperty("description").GetString()!, c.GetProperty("isAgreedTerm").GetBoolean()))];
    }

    private void InsertSqlite(string experiment, int point, MonteCarloResult result, DbTransaction tx) => InsertRows(experiment, point, result, tx);

    private void InsertPostgres(string experiment, int point, MonteCarloResult result, DbTransaction tx) => InsertRows(experiment, point, result, tx);

    private void InsertRows(string experiment, int point, MonteCarloResult result, DbTransaction tx)
    {
        using var command = Command("""
            INSERT INTO runs (experiment, point, run, ending, prevailing, rounds, days, agreement_day, ceasefire_days, broken_by, followed_by, casualties_a, casualties_b, run_values)
            VALUES (@e, @p, @r, @ending, @prevailing, @rounds, @days, @agreement, @ceasefire, @broken, @followed, @ca, @cb, @v)
            ON CONFLICT (experiment, point, run) DO NOTHING
            """, tx);
        Add(command, "e", experiment);
        Add(command, "p", point);
        var run = Add(command, "r", 0);
        var ending = Add(command, "ending", 0);
        var prevailing = Add(command, "prevailing", 0);
        var rounds = Add(command, "rounds", 0);
        var days = Add(command, "days", 0.0);
        var agreement = Add(command, "agreement", 0.0);
        var ceasefire = Add(command, "ceasefire", 0.0);
        var broken = Add(command, "broken", 0);
        var followed = Add(command, "followed", 0);
        var ca = Add(command, "ca", 0.0);
        var cb = Add(command, "cb", 0.0);
        var values = Add(command, "v", Array.Empty<byte>());
        command.Prepare();
        var records = result.RecordSpan;
        var first = result.Options.FirstRun;
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            run.Value = first + i;
            ending.Value = (int)r.Ending;
            prevailing.Value = (int)r.Prevailing;
            rounds.Value = r.Rounds;
            days.Value = r.Days;
            agreement.Value = double.IsNaN(r.AgreementDay) ? DBNull.Value : r.AgreementDay;
            ceasefire.Value = double.IsNaN(r.CeasefireDays) ? DBNull.Value : r.CeasefireDays;
            broken.Value = (int)r.BrokenBy;
            followed.Value = r.FollowedBy is { } f ? (int)f : DBNull.Value;
            ca.Value = r.CasualtiesA;
            cb.Value = r.CasualtiesB;
            values.Value = MemoryMarshal.AsBytes(result.ValuesOf(i)).ToArray();
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The stored runs of a point in run order: records and their value rows (<paramref name="width"/> numbers each).</summary>
    public (RunRecord[] Records, double[] Values) Load(string experiment, int point, int width)
    {
        using var command = Command("""
            SELECT ending, prevailing, rounds, days, agreement_day, ceasefire_days, broken_by, followed_by, casualties_a, casualties_b, run_values
            FROM runs WHERE experiment = @e AND point = @p ORDER BY run
            """);
        Add(command, "e", experiment);
        Add(command, "p", point);
        var records = new List<RunRecord>();
        var values = new List<double>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(new RunRecord(
                (Ending)reader.GetInt32(0),
                (Side)reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetDouble(3),
                reader.GetDouble(8),
                reader.GetDouble(9),
                reader.IsDBNull(4) ? double.NaN : reader.GetDouble(4),
                reader.IsDBNull(5) ? double.NaN : reader.GetDouble(5),
                (Side)reader.GetInt32(6),
                reader.IsDBNull(7) ? null : (Ending)reader.GetInt32(7)));
            var bytes = (byte[])reader.GetValue(10);
            var row = MemoryMarshal.Cast<byte, double>(bytes);
            if (row.Length != width)
            {
                throw new InvalidDataException($"stored run has {row.Length} values, the model {width}");
            }
            foreach (var v in row)
            {
                values.Add(v);
            }
        }
        return ([.. records], [.. values]);
    }
}
