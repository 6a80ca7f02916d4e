using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Domain;
using Parley.Simulation;
using Parley.Store.Experiments;

namespace Parley.Store.Database;

/// <summary>
/// The experiment store: experiments, their per-run rows keyed by (experiment, point, run index) and a
/// summary per finished point, in SQLite (a file, WAL) or PostgreSQL (Npgsql), with the schema
/// migrated on open. Runs are written in batches, one transaction each, and a run already stored is
/// never written twice, so a killed process loses at most the batch it was writing and a restart
/// fills exactly the gap.
/// </summary>
public sealed partial class ExperimentStore : IDisposable
{
    private readonly DbConnection _connection;

    private ExperimentStore(DbConnection connection, StoreTarget target)
    {
        _connection = connection;
        Target = target;
    }

    /// <summary>Where the store is.</summary>
    public StoreTarget Target { get; }

    /// <summary>True for PostgreSQL.</summary>
    public bool IsPostgres => Target.IsPostgres;

    /// <summary>Opens (creating a SQLite file if needed) and migrates the store at <paramref name="target"/>.</summary>
    public static ExperimentStore Open(StoreTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DbConnection connection;
        try
        {
            if (target.IsPostgres)
            {
                connection = new NpgsqlConnection(PostgresConnection.ConnectionString(target.Text));
                connection.Open();
            }
            else
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(target.Text));
                if (folder is not null && !Directory.Exists(folder))
                {
                    throw new InputException(target.Text, null, null, "the store's folder does not exist: create it or name another file");
                }
                connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target.Text, DefaultTimeout = 60 }.ToString());
                connection.Open();
                using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000;";
                pragma.ExecuteNonQuery();
            }
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or UriFormatException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            throw new InputException(target.Display, null, null, $"cannot open the experiment store: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        try
        {
            Migrations.Apply(connection, target.IsPostgres);
        }
        catch (DbException ex)
        {
            connection.Dispose();
            throw new InputException(target.Display, null, null, $"cannot migrate the experiment store: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        return new ExperimentStore(connection, target);
    }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT MAX(version) FROM schema_version"), CultureInfo.InvariantCulture);

    /// <summary>Records <paramref name="spec"/> unless it is there already; returns its id.</summary>
    public string Register(ExperimentSpec spec, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var command = Command("""
            INSERT INTO experiments (id, kind, name, scenario, scenario_hash, runs, seed, code_version, design, points, spec, created)
            VALUES (@id, @kind, @name, @scenario, @hash, @runs, @seed, @code, @design, @points, @spec, @created)
            ON CONFLICT (id) DO NOTHING
            """);
        Add(command, "id", spec.Id);
        Add(command, "kind", spec.Kind);
        Add(command, "name", spec.Name);
        Add(command, "scenario", spec.Scenario);
        Add(command, "hash", spec.ScenarioHash);
        Add(command, "runs", spec.Runs);
        Add(command, "seed", spec.Seed.ToString(CultureInfo.InvariantCulture));
        Add(command, "code", spec.CodeVersion);
        Add(command, "design", spec.Design);
        Add(command, "points", spec.Points.Count);
        Add(command, "spec", spec.ToJson());
        Add(command, "created", created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        return spec.Id;
    }

    /// <summary>How many of runs <paramref name="first"/> .. <paramref name="first"/>+<paramref name="count"/>-1 of a point are stored.</summary>
    public int StoredRuns(string experiment, int point, int first, int count)
    {
        using var command = Command("SELECT COUNT(*) FROM runs WHERE experiment = @e AND point = @p AND run >= @a AND run < @b");
        Add(command, "e", experiment);
        Add(command, "p", point);
        Add(command, "a", first);
        Add(command, "b", first + count);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Stored runs of every point (point → count).</summary>
    public IReadOnlyDictionary<int, int> StoredRunsByPoint(string experiment)
    {
        using var command = Command("SELECT point, COUNT(*) FROM runs WHERE experiment = @e GROUP BY point");
        Add(command, "e", experiment);
        var result = new Dictionary<int, int>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetInt32(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        return result;
    }

    /// <summary>Writes the runs of <paramref name="result"/> (run indices from its first run) for a point in one transaction; runs already stored are kept.</summary>
    public void Insert(string experiment, int point, MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var tx = _connection.BeginTransaction();
        SetColumns(experiment, result.Columns, tx);
        if (IsPostgres)
        {
            InsertPostgres(experiment, point, result, tx);
        }
        else
        {
            InsertSqlite(experiment, point, result, tx);
        }
        tx.Commit();
    }

    /// <summary>Records the summary (JSON) of a finished point.</summary>
    public void SaveSummary(string experiment, int point, string json)
    {
        using var command = Command("INSERT INTO summaries (experiment, point, summary) VALUES (@e, @p, @s) ON CONFLICT (experiment, point) DO NOTHING");
        Add(command, "e", experiment);
        Add(command, "p", point);
        Add(command, "s", json);
        command.ExecuteNonQuery();
    }

    /// <summary>The summary of a point, or null before it finished.</summary>
    public string? Summary(string experiment, int point)
    {
        using var command = Command("SELECT summary FROM summaries WHERE experiment = @e AND point = @p");
        Add(command, "e", experiment);
        Add(command, "p", point);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static DbParameter Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }
}
